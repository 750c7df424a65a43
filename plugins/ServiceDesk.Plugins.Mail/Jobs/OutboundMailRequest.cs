namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>The payload of <see cref="OutboundMailJob"/>: the handed-over message's row.</summary>
public sealed record OutboundMailRequest(long OutboundMailId);
