using MimeKit;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Marks our automatic mail, so that other machines do not answer it, and so that we know it when it comes back. An
/// agent's own reply carries none of these.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Auto-Submitted</c> (RFC 3834, section 5): <c>auto-replied</c> for an automatic answer to a customer's
/// message, <c>auto-generated</c> for a notification. The standard sign; RFC 3834 responders send nothing back to it.</item>
/// <item><c>X-Loop: {our address}</c>: mail that comes back with it (forwarded, or answered by a system that copies
/// headers) is classified as an automatic reply.</item>
/// <item><c>Precedence: bulk</c>: never standardized (RFC 3834 defines <c>Auto-Submitted</c> for this), but older
/// vacation programs and mail systems look at nothing else; Znuny sends it (with <c>X-Loop: yes</c> and
/// <c>Auto-Submitted</c>) on every automatic mail, and so do we.</item>
/// <item><c>X-Auto-Response-Suppress: All</c>: Exchange and Outlook send no out-of-office answer to it.</item>
/// </list>
/// </remarks>
public static class AutomaticMailHeaders
{
    public static void Apply(MimeMessage message, ArticleAutomation automation, MailboxAddress from)
    {
        if (automation == ArticleAutomation.None)
        {
            return;
        }

        message.Headers[HeaderId.AutoSubmitted] = automation == ArticleAutomation.Reply ? "auto-replied" : "auto-generated";
        message.Headers["X-Loop"] = from.Address;
        message.Headers[HeaderId.Precedence] = "bulk";
        message.Headers["X-Auto-Response-Suppress"] = "All";
    }
}
