using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Domain;

/// <summary>One message of a ticket.</summary>
public sealed class Article
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    /// <summary>The ticket, when loaded or when the article is inserted together with a new ticket.</summary>
    public Ticket? Ticket { get; set; }

    public string Channel { get; set; } = ArticleChannels.Api;

    public ArticleDirection Direction { get; set; }

    public bool VisibleToCustomer { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Cc { get; set; }

    public string? Subject { get; set; }

    public string BodyText { get; set; } = "";

    public string? BodyHtml { get; set; }

    public DateTime CreatedAt { get; set; }

    public int? AuthorUserId { get; set; }

    public int? AuthorCustomerUserId { get; set; }

    /// <summary>The author's name as it was when writing, so the thread reads right after renames.</summary>
    public string AuthorName { get; set; } = "";

    /// <summary>Whether a machine wrote it; channels mark what they send for it.</summary>
    public ArticleAutomation Automation { get; set; }

    public List<Attachment> Attachments { get; set; } = [];
}
