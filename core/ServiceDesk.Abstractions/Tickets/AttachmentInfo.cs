namespace ServiceDesk.Abstractions.Tickets;

/// <summary>A stored attachment.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="FileName">The sanitized file name.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Hex SHA-256 of the content; the content is stored once per hash.</param>
/// <param name="ContentId">Content-ID of an inline part, if any.</param>
/// <param name="Inline">True for inline parts such as embedded images.</param>
public sealed record AttachmentInfo(long Id, string FileName, string ContentType, long Size, string Sha256, string? ContentId, bool Inline);
