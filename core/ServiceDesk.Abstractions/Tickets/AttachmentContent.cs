namespace ServiceDesk.Abstractions.Tickets;

/// <summary>An attachment opened for reading.</summary>
/// <param name="Info">What is known of the attachment.</param>
/// <param name="Content">The content; the caller disposes it.</param>
public sealed record AttachmentContent(AttachmentInfo Info, Stream Content);
