using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Tickets;

public sealed class CustomFieldValuesTests
{
    [TestCase(CustomFieldType.Integer, " 42 ", "42")]
    [TestCase(CustomFieldType.Decimal, "3.50", "3.50")]
    [TestCase(CustomFieldType.Date, "2026-11-22", "2026-11-22")]
    [TestCase(CustomFieldType.DateTime, "2026-11-22T10:00:00+03:00", "2026-11-22T07:00:00.0000000+00:00")]
    [TestCase(CustomFieldType.Boolean, "True", "true")]
    [TestCase(CustomFieldType.Text, "  Серийный номер  ", "Серийный номер")]
    [TestCase(CustomFieldType.Dropdown, "laptop", "laptop")]
    public void Normalize_BringsValidValuesToOneForm(CustomFieldType type, string value, string expected)
    {
        Assert.That(CustomFieldValues.Normalize(Field(type), value), Is.EqualTo(expected));
    }

    [TestCase(CustomFieldType.Integer, "4.2")]
    [TestCase(CustomFieldType.Decimal, "3,50")]
    [TestCase(CustomFieldType.Date, "22.11.2026")]
    [TestCase(CustomFieldType.Boolean, "yes")]
    [TestCase(CustomFieldType.Dropdown, "tablet")]
    public void Normalize_RefusesValuesOfTheWrongType_NamingTheField(CustomFieldType type, string value)
    {
        var error = Assert.Throws<ValidationException>(() => CustomFieldValues.Normalize(Field(type), value));
        Assert.That(error!.Errors.Keys, Is.EquivalentTo(new[] { "fields.device" }));
    }

    private static CustomField Field(CustomFieldType type) => new() { Name = "device", Type = type, Options = "laptop\ndesktop" };
}
