using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk:TicketNumbers" configuration section.</summary>
public sealed class TicketNumberOptions
{
    public TicketNumberFormat Format { get; set; } = TicketNumberFormat.Date;

    /// <summary>1 to 4 digits that tell this installation's numbers from another's (OTRS's SystemID).</summary>
    [RegularExpression("^[0-9]{1,4}$", ErrorMessage = "SystemId must be 1 to 4 digits.")]
    public string SystemId { get; set; } = "10";

    /// <summary>The counter is zero-padded to at least this many digits.</summary>
    [Range(3, 12)]
    public int CounterDigits { get; set; } = 6;
}
