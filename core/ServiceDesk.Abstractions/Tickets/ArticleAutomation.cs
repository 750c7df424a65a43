using System.Text.Json.Serialization;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>
/// Whether a machine wrote an article, and in answer to what. Channels mark the messages they send for it (email:
/// <c>Auto-Submitted</c>, RFC 3834), so that other machines do not answer them, and hold back when two machines keep
/// answering each other. An agent's own reply is <see cref="None"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArticleAutomation>))]
public enum ArticleAutomation
{
    /// <summary>A person wrote it.</summary>
    None = 0,

    /// <summary>An automatic answer to a customer's message, such as an acknowledgement of receipt (<c>auto-replied</c>).</summary>
    Reply = 1,

    /// <summary>A message generated automatically, not in answer to one, such as a notification or a reminder (<c>auto-generated</c>).</summary>
    Notification = 2,
}
