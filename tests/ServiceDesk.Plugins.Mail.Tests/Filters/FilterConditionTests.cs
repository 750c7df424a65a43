using ServiceDesk.Plugins.Mail.Filters;
using static ServiceDesk.Plugins.Mail.Tests.Filters.FilterSamples;

namespace ServiceDesk.Plugins.Mail.Tests.Filters;

/// <summary>A filter matches when all its conditions hold: headers or the body, against a pattern, without regard to case, or negated.</summary>
public sealed class FilterConditionTests
{
    private static readonly FilterActions Tag = new() { Tags = ["matched"] };

    [Test]
    public void AFilter_Matches_OnlyWhenEveryConditionHolds()
    {
        var both = Filter("both", Tag, new FilterCondition("From", @"@corp\.example>?$"), new FilterCondition("Subject", "printer"));
        var oneOfTwo = Filter("one of two", Tag, new FilterCondition("From", @"@corp\.example>?$"), new FilterCondition("Subject", "vpn"));

        Assert.Multiple(() =>
        {
            Assert.That(Names(FilterMatcher.Match([both, oneOfTwo], Printer())), Is.EqualTo(new[] { "both" }));
            Assert.That(Names(FilterMatcher.Match([both, oneOfTwo], Spam())), Is.Empty);
        });
    }

    [TestCase("Subject", "^PRINTER ON")]
    [TestCase("subject", "printer")]
    [TestCase("FROM", "ivan petrov")]
    public void APattern_IgnoresCase_OfTheHeaderNameAndTheValue(string field, string pattern) =>
        Assert.That(FilterMatcher.Match([Filter("f", Tag, new FilterCondition(field, pattern))], Printer()).Matched, Has.Count.EqualTo(1));

    [Test]
    public void AHeader_IsMatchedDecoded_AndUnfolded()
    {
        var message = Message(
            "From: =?UTF-8?B?0J7Qu9GM0LPQsA==?= <olga@corp.example>",
            "Subject: =?UTF-8?B?0J/RgNC40L3RgtC10YA=?= is",
            " broken",
            "",
            "Text.");

        var verdict = FilterMatcher.Match(
            [Filter("name", Tag, new FilterCondition("From", "^Ольга <olga@")), Filter("subject", Tag, new FilterCondition("Subject", "^принтер is broken$"))],
            message);

        Assert.That(Names(verdict), Is.EqualTo(new[] { "name", "subject" }));
    }

    [Test]
    public void ANegatedCondition_Holds_WhenNoValueMatches()
    {
        var notSpam = Filter("not spam", Tag, new FilterCondition("X-Spam-Flag", "^yes$", Negate: true));

        Assert.Multiple(() =>
        {
            Assert.That(FilterMatcher.Match([notSpam], Spam()).Matched, Is.Empty);
            Assert.That(FilterMatcher.Match([notSpam], Printer()).Matched, Has.Count.EqualTo(1), "a message without the header is not spam");
        });
    }

    [Test]
    public void AMissingHeader_IsOneEmptyValue()
    {
        var noFlag = Filter("no flag", Tag, new FilterCondition("X-Spam-Flag", "^$"));
        var anyFlag = Filter("any flag", Tag, new FilterCondition("X-Spam-Flag", "."));

        Assert.Multiple(() =>
        {
            Assert.That(Names(FilterMatcher.Match([noFlag, anyFlag], Printer())), Is.EqualTo(new[] { "no flag" }));
            Assert.That(Names(FilterMatcher.Match([noFlag, anyFlag], Spam())), Is.EqualTo(new[] { "any flag" }));
        });
    }

    [Test]
    public void AHeaderThatComesTwice_Matches_WhenAnyOfItsValuesDoes()
    {
        var message = Message(
            "Received: from mx1.corp.example",
            "Received: from relay.partner.example",
            "From: ivan@corp.example",
            "",
            "Text.");
        var viaPartner = Filter("via partner", Tag, new FilterCondition("Received", @"partner\.example"));
        var notViaPartner = Filter("not via partner", Tag, new FilterCondition("Received", @"partner\.example", Negate: true));

        Assert.That(Names(FilterMatcher.Match([viaPartner, notViaPartner], message)), Is.EqualTo(new[] { "via partner" }));
    }

    [Test]
    public void TheBody_IsTheTextBody_NotTheHeaders()
    {
        var toner = Filter("toner", Tag, new FilterCondition("Body", "TONER"));
        var subjectWords = Filter("subject words", Tag, new FilterCondition("body", "floor 3"));

        Assert.That(Names(FilterMatcher.Match([toner, subjectWords], Printer())), Is.EqualTo(new[] { "toner" }));
    }

    [Test]
    public void TheBodyOfAnHtmlMessage_IsItsText_WithoutTheMarkup()
    {
        var message = Message(
            "From: ivan@corp.example",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<html><head><style>p { color: red }</style></head><body><p>The <b>printer</b> is&nbsp;jammed</p></body></html>");
        var words = Filter("words", Tag, new FilterCondition("Body", @"printer is\s+jammed"));
        var markup = Filter("markup", Tag, new FilterCondition("Body", "<b>|color"));

        Assert.That(Names(FilterMatcher.Match([words, markup], message)), Is.EqualTo(new[] { "words" }));
    }

    [Test]
    public void APatternThatRunsOutOfTime_CountsAsNoMatch_EvenNegated_AndIsReported()
    {
        var message = Message("From: ivan@corp.example", "Subject: " + new string('a', 40) + "!", "", "Text.");
        var timeout = TimeSpan.FromMilliseconds(20);
        var catastrophic = Filter("catastrophic", Tag, stopAfterMatch: false, timeout, new FilterCondition("From", "ivan"), new FilterCondition("Subject", "^(a+)+$"));
        var negated = Filter("negated", Tag, stopAfterMatch: false, timeout, new FilterCondition("Subject", "^(a+)+$", Negate: true));
        var after = Filter("after", Tag, new FilterCondition("From", "ivan"));

        var verdict = FilterMatcher.Match([catastrophic, negated, after], message);

        Assert.Multiple(() =>
        {
            Assert.That(Names(verdict), Is.EqualTo(new[] { "after" }), "the filters after still run");
            Assert.That(verdict.TimedOut, Is.EqualTo(new[] { new FilterTimeout("catastrophic", 1, "Subject"), new FilterTimeout("negated", 0, "Subject") }));
        });
    }

    private static IReadOnlyList<string> Names(FilterVerdict verdict) => verdict.Matched.Select(f => f.Name).ToList();
}
