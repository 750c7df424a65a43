namespace ServiceDesk.Abstractions.Messaging;

/// <summary>
/// A channel that sends messages which are not articles, such as notifications to agents (SDK 1.5.0). The email plugin
/// offers one for <c>email</c>; a plugin that wants to notify takes all of them (<c>IEnumerable&lt;IOutboundMessages&gt;</c>)
/// and picks by <see cref="Channel"/>, so that it neither needs nor knows the channel's plugin.
/// </summary>
public interface IOutboundMessages
{
    /// <summary>The channel's name, as in <see cref="Tickets.ArticleChannels"/>.</summary>
    string Channel { get; }

    /// <summary>
    /// Takes <paramref name="message"/> into the channel's durable outbox: it is sent after this returns, tried again while
    /// the channel's server is down, and sent once per <see cref="OutboundMessage.Key"/>. Answers false when a message with
    /// that key was taken before.
    /// </summary>
    Task<bool> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
