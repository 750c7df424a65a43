using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Core.Search;

namespace ServiceDesk.Core.Tests.Search;

public sealed class SearchTermsTests
{
    [Test]
    public void Parse_KeepsWordsOfBothAlphabets_LowerCased()
    {
        Assert.That(SearchTerms.Parse("Принтер NOT printing, 3-й этаж!"), Is.EqualTo(new[] { "принтер", "not", "printing", "3", "й", "этаж" }));
    }

    [Test]
    public void Parse_DropsQuerySyntax_SoItCannotReachTheEngine()
    {
        Assert.That(SearchTerms.Parse("\"a\" OR b* NEAR(c) & !d:*"), Is.EqualTo(new[] { "a", "or", "b", "near", "c", "d" }));
    }

    [Test]
    public void Parse_RefusesTextWithoutWords()
    {
        var error = Assert.Throws<ValidationException>(() => SearchTerms.Parse("?!* --"));
        Assert.That(error!.Errors.Keys, Is.EquivalentTo(new[] { "q" }));
    }
}
