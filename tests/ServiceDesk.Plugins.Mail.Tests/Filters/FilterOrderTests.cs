using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Filters;
using static ServiceDesk.Plugins.Mail.Tests.Filters.FilterSamples;

namespace ServiceDesk.Plugins.Mail.Tests.Filters;

/// <summary>Filters run in order: later ones' queue, priority and owner win, tags add up, and StopAfterMatch ends the run.</summary>
public sealed class FilterOrderTests
{
    private static readonly FilterCondition Anything = new("From", ".");

    [Test]
    public void LaterFilters_Win_ForQueuePriorityAndOwner_AndTheTagsAddUp()
    {
        var verdict = FilterMatcher.Match(
        [
            Filter("first", new FilterActions { Queue = "Postmaster", Priority = 2, Owner = "anna", Tags = ["a", "b"] }, Anything),
            Filter("second", new FilterActions { Queue = "Hardware", Tags = ["b", "c"] }, Anything),
            Filter("third", new FilterActions { Priority = 5 }, Anything),
        ], Printer());

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Queue, Is.EqualTo("Hardware"));
            Assert.That(verdict.Priority, Is.EqualTo(5));
            Assert.That(verdict.Owner, Is.EqualTo("anna"));
            Assert.That(verdict.Tags, Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(verdict.StoppedBy, Is.Null);
        });
    }

    [Test]
    public void StopAfterMatch_KeepsTheFiltersAfterItFromRunning_OnlyWhenItMatches()
    {
        var filters = new[]
        {
            Filter("stops on spam", new FilterActions { Junk = true }, stopAfterMatch: true, PatternTimeout, new FilterCondition("X-Spam-Flag", "yes")),
            Filter("everything", new FilterActions { Queue = "Misc", Tags = ["seen"] }, Anything),
        };

        var spam = FilterMatcher.Match(filters, Spam());
        var printer = FilterMatcher.Match(filters, Printer());

        Assert.Multiple(() =>
        {
            Assert.That(spam.Matched.Select(f => f.Name), Is.EqualTo(new[] { "stops on spam" }));
            Assert.That(spam.StoppedBy, Is.EqualTo("stops on spam"));
            Assert.That((spam.Junk, spam.Queue, spam.Tags), Is.EqualTo((true, (string?)null, Array.Empty<string>())));
            Assert.That(printer.Matched.Select(f => f.Name), Is.EqualTo(new[] { "everything" }));
            Assert.That((printer.Junk, printer.Queue), Is.EqualTo((false, "Misc")));
        });
    }

    [Test]
    public void AQueueAfterJunk_Wins_AndJunkAfterAQueue_Wins()
    {
        var junk = Filter("junk", new FilterActions { Junk = true }, Anything);
        var queue = Filter("queue", new FilterActions { Queue = "Misc" }, Anything);

        var junkThenQueue = FilterMatcher.Match([junk, queue], Printer());
        var queueThenJunk = FilterMatcher.Match([queue, junk], Printer());

        Assert.Multiple(() =>
        {
            Assert.That((junkThenQueue.Junk, junkThenQueue.Queue), Is.EqualTo((false, "Misc")));
            Assert.That((queueThenJunk.Junk, queueThenJunk.Queue), Is.EqualTo((true, (string?)null)));
        });
    }

    [Test]
    public void TheFirstFilterThatIgnores_NamesTheReason()
    {
        var verdict = FilterMatcher.Match(
        [
            Filter("tag", new FilterActions { Tags = ["x"] }, Anything),
            Filter("newsletters", new FilterActions { Ignore = true }, Anything),
            Filter("more ignoring", new FilterActions { Ignore = true }, Anything),
        ], Printer());

        Assert.That(verdict.IgnoredBy, Is.EqualTo("newsletters"));
    }

    [Test]
    public void ANewTicket_GetsWhatTheFiltersSet_AndKeepsTheRest()
    {
        var decision = new FilterDecision(FilterMatcher.Match([], Printer()), "Junk", TicketPriority.VeryLow, ["spam"], "anna", 7, []);
        var command = new CreateTicketCommand { Title = "Best prices", Queue = "Misc", Tags = ["mail"], Channel = ArticleChannels.Email };

        var filtered = decision.ForNewTicket(command);
        var unfiltered = new FilterDecision(decision.Verdict, null, null, [], null, null, []).ForNewTicket(command);

        Assert.Multiple(() =>
        {
            Assert.That((filtered.Queue, filtered.Priority, filtered.OwnerId), Is.EqualTo(("Junk", (TicketPriority?)TicketPriority.VeryLow, (int?)7)));
            Assert.That(filtered.Tags, Is.EqualTo(new[] { "mail", "spam" }));
            Assert.That((filtered.Title, filtered.Channel), Is.EqualTo(("Best prices", ArticleChannels.Email)));
            Assert.That(unfiltered, Is.EqualTo(command));
        });
    }
}
