namespace ServiceDesk.Abstractions.Tickets;

/// <summary>An attachment to store with a new article.</summary>
/// <param name="FileName">The file name as given; the core sanitizes it.</param>
/// <param name="ContentType">MIME type; "application/octet-stream" when unknown.</param>
/// <param name="Content">The bytes (base64 in JSON).</param>
/// <param name="ContentId">Content-ID of an inline part, if any.</param>
/// <param name="Inline">True for inline parts such as embedded images.</param>
public sealed record AttachmentUpload(string FileName, string? ContentType, byte[] Content, string? ContentId = null, bool Inline = false);
