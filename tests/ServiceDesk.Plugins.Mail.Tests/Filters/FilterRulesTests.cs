using ServiceDesk.Plugins.Mail.Endpoints;
using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Tests.Filters;

/// <summary>Only a filter that will run as written is saved; every problem is named by its field.</summary>
public sealed class FilterRulesTests
{
    private static readonly FilterCondition Spam = new("X-Spam-Flag", "^yes$");

    [Test]
    public void AGoodFilter_HasNoProblems() =>
        Assert.That(FilterRules.ProblemsOf(Request([Spam], new FilterActions { Junk = true, Priority = 1, Tags = ["spam"] })), Is.Empty);

    [Test]
    public void APatternThatDoesNotCompile_IsRefused_WithTheReason()
    {
        var problems = FilterRules.ProblemsOf(Request([Spam, new FilterCondition("Subject", "(unclosed")], new FilterActions { Junk = true }));

        Assert.That(problems.Keys, Is.EqualTo(new[] { "conditions[1].pattern" }));
        Assert.That(problems["conditions[1].pattern"].Single(), Does.StartWith("The pattern does not compile: ").And.Contain("Not enough )"));
    }

    [Test]
    public void AFilterWithoutNameConditionsOrActions_IsRefused_WithEveryProblem()
    {
        var problems = FilterRules.ProblemsOf(new FilterRequest(" ", -1, null, null, [], new FilterActions()));

        Assert.That(problems.Keys, Is.EquivalentTo(new[] { "name", "position", "conditions", "actions" }));
    }

    [TestCase("", "conditions[0].field")]
    [TestCase("Subject:", "conditions[0].field")]
    [TestCase("X Spam", "conditions[0].field")]
    public void AFieldThatIsNoHeaderName_IsRefused(string field, string key) =>
        Assert.That(FilterRules.ProblemsOf(Request([new FilterCondition(field, "x")], new FilterActions { Junk = true })).Keys, Is.EqualTo(new[] { key }));

    [Test]
    public void AnEmptyPattern_IsRefused() =>
        Assert.That(FilterRules.ProblemsOf(Request([new FilterCondition("Subject", "")], new FilterActions { Junk = true })).Keys, Is.EqualTo(new[] { "conditions[0].pattern" }));

    [TestCase(0)]
    [TestCase(6)]
    public void APriorityOutsideOneToFive_IsRefused(int priority) =>
        Assert.That(FilterRules.ProblemsOf(Request([Spam], new FilterActions { Priority = priority })).Keys, Is.EqualTo(new[] { "actions.priority" }));

    [Test]
    public void JunkWithAQueue_AndIgnoreWithOtherActions_AreRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FilterRules.ProblemsOf(Request([Spam], new FilterActions { Junk = true, Queue = "Misc" })).Keys, Is.EqualTo(new[] { "actions.junk" }));
            Assert.That(FilterRules.ProblemsOf(Request([Spam], new FilterActions { Ignore = true, Tags = ["x"] })).Keys, Is.EqualTo(new[] { "actions.ignore" }));
            Assert.That(FilterRules.ProblemsOf(Request([Spam], new FilterActions { Tags = [" "] })).Keys, Is.EqualTo(new[] { "actions.tags" }));
        });
    }

    private static FilterRequest Request(IReadOnlyList<FilterCondition?> conditions, FilterActions actions) =>
        new("Spam", null, null, null, conditions, actions);
}
