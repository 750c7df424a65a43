namespace ServiceDesk.Core.Configuration;

/// <summary>How ticket numbers look.</summary>
public enum TicketNumberFormat
{
    /// <summary>Date, system id and counter, as OTRS: 2026112210000042.</summary>
    Date = 0,

    /// <summary>System id and counter only: 10000042.</summary>
    Counter = 1,
}
