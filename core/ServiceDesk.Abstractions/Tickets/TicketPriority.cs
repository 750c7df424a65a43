namespace ServiceDesk.Abstractions.Tickets;

/// <summary>How urgent a ticket is, from 1 (very low) to 5 (very high), as in Znuny.</summary>
public enum TicketPriority
{
    /// <summary>1 very low.</summary>
    VeryLow = 1,

    /// <summary>2 low.</summary>
    Low = 2,

    /// <summary>3 normal: the default for new tickets.</summary>
    Normal = 3,

    /// <summary>4 high.</summary>
    High = 4,

    /// <summary>5 very high.</summary>
    VeryHigh = 5,
}
