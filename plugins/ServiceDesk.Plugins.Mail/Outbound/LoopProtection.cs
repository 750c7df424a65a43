using MimeKit;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Takes the recipients whom <see cref="AutomaticMailLimiter"/> refuses off an automatic mail, and says so on the ticket
/// in an internal note, once per mail. People's replies pass untouched.
/// </summary>
public sealed class LoopProtection(AutomaticMailLimiter limiter, MailSettings settings, ITicketService tickets)
{
    /// <summary>Whether <paramref name="message"/> still goes to anyone.</summary>
    public async Task<bool> AdmitAsync(string ticketNumber, ArticleDetails reply, MimeMessage message, CancellationToken cancellationToken)
    {
        if (reply.Automation == ArticleAutomation.None)
        {
            return true;
        }

        var refused = await limiter.RefuseAsync(AutomaticMailSource.Article(reply.Id), message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address), cancellationToken);
        if (refused.Count == 0)
        {
            return true;
        }

        foreach (var list in new[] { message.To, message.Cc })
        {
            foreach (var address in list.Mailboxes.Where(m => refused.Contains(m.Address.ToLowerInvariant())).ToList())
            {
                list.Remove(address);
            }
        }

        var left = message.To.Count + message.Cc.Count;
        await tickets.AddArticleAsync(Actor.System, ticketNumber, new AddArticleCommand
        {
            Internal = true,
            Automation = ArticleAutomation.Notification,
            Subject = "Automatic email not sent",
            Body = $"Automatic email {reply.Id} was not sent to {string.Join(", ", refused)}: {settings.MaxAutomaticMailsPerHour} automatic emails went " +
                $"to {(refused.Count == 1 ? "that address" : "each of these addresses")} in the last hour (MaxAutomaticMailsPerHour), so it could be part of a mail loop." +
                (left > 0 ? " It went to the other recipients." : ""),
            IdempotencyKeys = [$"mail-loop:{reply.Id}"],
        }, null, cancellationToken);
        return left > 0;
    }
}
