using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Abstractions.Users;

namespace ServiceDesk.Core.Tests.Tickets;

public sealed class PersonNameTests
{
    [TestCase("Анна Петрова", "Анна", "Петрова")]
    [TestCase("\"Jean-Luc Picard\"", "Jean-Luc", "Picard")]
    [TestCase("Anna Maria van der Berg", "Anna Maria van der", "Berg")]
    [TestCase("Cher", "Cher", "")]
    [TestCase(null, "", "")]
    public void Split_KeepsTheNameAsWritten(string? display, string first, string last)
    {
        Assert.That(PersonName.Split(display), Is.EqualTo((first, last)));
    }

    [Test]
    public void Join_GivesNull_WhenThereIsNoName_SoNobodyIsGreetedAsEmpty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PersonName.Join(" ", null), Is.Null);
            Assert.That(PersonName.Join("Анна", "Петрова"), Is.EqualTo("Анна Петрова"));
        });
    }

    [Test]
    public void StateTypes_TellPendingAndClosed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StateType.PendingAutoCloseSuccessful.IsPending(), Is.True);
            Assert.That(StateType.Open.IsPending(), Is.False);
            Assert.That(StateType.Merged.IsClosed(), Is.True);
            Assert.That(StateType.PendingReminder.IsClosed(), Is.False);
        });
    }
}
