namespace ServiceDesk.Core.Domain;

/// <summary>The value of a custom field on a ticket, in its invariant text form.</summary>
public sealed class TicketFieldValue
{
    public long TicketId { get; set; }

    public int FieldId { get; set; }

    public CustomField Field { get; set; } = null!;

    public string Value { get; set; } = "";
}
