namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>An address that mail to has bounced: flagged, with the last reason, for agents to correct it.</summary>
public sealed class BouncedAddress
{
    public string Address { get; set; } = "";

    public int Bounces { get; set; }

    public string LastReason { get; set; } = "";

    public DateTime LastBounceAt { get; set; }
}
