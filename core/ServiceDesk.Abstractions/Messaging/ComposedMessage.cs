namespace ServiceDesk.Abstractions.Messaging;

/// <summary>A message's words, written by a plugin for a channel to send (SDK 1.5.0).</summary>
/// <param name="Subject">The subject, without the ticket's tag: the channel adds its own.</param>
/// <param name="Body">The text.</param>
/// <param name="BodyHtml">The same as HTML, if there is an HTML form.</param>
public sealed record ComposedMessage(string Subject, string Body, string? BodyHtml);
