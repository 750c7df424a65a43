namespace ServiceDesk.Core.Domain;

/// <summary>A file of an article; its content lives in the content-addressed attachment store.</summary>
public sealed class Attachment
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public string? ContentId { get; set; }

    public bool Inline { get; set; }
}
