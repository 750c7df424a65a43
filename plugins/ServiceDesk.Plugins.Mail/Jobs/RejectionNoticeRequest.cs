namespace ServiceDesk.Plugins.Mail.Jobs;

/// <summary>The payload of <see cref="RejectionNoticeJob"/>: the rejected follow-up's quarantine entry.</summary>
public sealed record RejectionNoticeRequest(long QuarantineId);
