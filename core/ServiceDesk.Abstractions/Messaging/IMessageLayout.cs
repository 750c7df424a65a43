namespace ServiceDesk.Abstractions.Messaging;

/// <summary>
/// Dresses the HTML of a message that a channel sends (an answer, an automatic answer, a notification) in the service's
/// look, such as the email layout of the active theme (SDK 1.5.0). The templates plugin offers it; a channel takes it
/// when it is there (<c>IEnumerable&lt;IMessageLayout&gt;</c>) and sends the HTML as it is when it is not.
/// </summary>
public interface IMessageLayout
{
    /// <summary>The whole HTML document to send, with <paramref name="bodyHtml"/> (safe HTML already) inside.</summary>
    Task<string> WrapAsync(string bodyHtml, MessageLayoutContext context, CancellationToken cancellationToken);
}
