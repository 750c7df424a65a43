namespace ServiceDesk.Abstractions.Messaging;

/// <summary>What a layout may show around a message (SDK 1.5.0).</summary>
/// <param name="Subject">The message's subject.</param>
/// <param name="TicketNumber">The ticket it belongs to, if one.</param>
/// <param name="Language">The recipient's language, if known.</param>
public sealed record MessageLayoutContext(string Subject, string? TicketNumber, string? Language);
