using ServiceDesk.Core.Search;

namespace ServiceDesk.Core.Tests.Search;

public sealed class SqliteMatchExpressionTests
{
    [TestCase("принтера", "\"принте\"*")]
    [TestCase("printing", "\"printi\"*")]
    [TestCase("почта", "\"почт\"*")]
    [TestCase("vpn", "\"vpn\"")]
    [TestCase("не", "\"не\"")]
    [TestCase("srv12345", "\"srv12345\"")]
    [TestCase("0x80070005", "\"0x80070005\"")]
    public void Words_MatchByAnIndexedPrefix_OrExactly(string word, string expected)
    {
        Assert.That(SqliteTicketTextSearch.MatchExpression([word]), Is.EqualTo(expected));
    }

    [Test]
    public void EveryWordMustMatch()
    {
        Assert.That(SqliteTicketTextSearch.MatchExpression(["не", "работает"]), Is.EqualTo("\"не\" \"работа\"*"));
    }
}
