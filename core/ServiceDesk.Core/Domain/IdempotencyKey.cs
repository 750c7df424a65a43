namespace ServiceDesk.Core.Domain;

/// <summary>
/// A key from the world a message came from (a mailbox's UID, a Message-ID), recorded with the article in the same
/// transaction: the key is unique, so the same message is never written twice, whatever crashed in between.
/// </summary>
public sealed class IdempotencyKey
{
    public string Key { get; set; } = "";

    public long ArticleId { get; set; }

    /// <summary>Set when the article is written with the key in one save; the id is filled in then.</summary>
    public Article? Article { get; set; }

    public DateTime CreatedAt { get; set; }
}
