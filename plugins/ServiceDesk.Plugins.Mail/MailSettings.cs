using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Plugins.Mail;

/// <summary>The email channel's settings: <c>ServiceDesk:Plugins:mail</c>.</summary>
public sealed class MailSettings : IValidatableObject
{
    /// <summary>
    /// The mailboxes to read from the configuration; none by default, so that a fresh installation reads no mail.
    /// Administrators add more through the API and the CLI (<see cref="Accounts.MailAccounts"/> lists them all).
    /// </summary>
    public List<MailAccountSettings> Accounts { get; set; } = [];

    /// <summary>Where replies go out.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>
    /// The sender of replies in a queue that no account reads, e.g. <c>Helpdesk &lt;helpdesk@example.com&gt;</c>; in other
    /// queues, the address of the account that reads it.
    /// </summary>
    public string? DefaultFrom { get; set; }

    /// <summary>How often the mailboxes are read (cron, seconds first allowed); by default every 10 seconds.</summary>
    [Required]
    public string PollSchedule { get; set; } = "*/10 * * * * *";

    /// <summary>What precedes the ticket number in subjects: <c>[Ticket#2026112310000001]</c>.</summary>
    [Required]
    [RegularExpression(@"^[^\[\]\s]{1,20}$", ErrorMessage = "TicketNumberPrefix is 1 to 20 characters, without brackets or spaces.")]
    public string TicketNumberPrefix { get; set; } = "Ticket#";

    /// <summary>
    /// Whether a <c>[Ticket#…]</c> in a message's text also names the ticket it follows up, after the subject and the
    /// threading headers (Znuny's <c>PostmasterFollowUpSearchInBody</c>). Off by default: a message may quote other tickets.
    /// </summary>
    public bool TicketNumberInBody { get; set; }

    /// <summary>Whether automatic replies and bulk mail become articles (<see cref="Mail.AutoReplies.Add"/>) or stay in the quarantine.</summary>
    public AutoReplies AutoReplies { get; set; } = AutoReplies.Add;

    /// <summary>
    /// At most this many automatic mails (marked <c>Auto-Submitted</c>) to one recipient in an hour; more are not sent, and
    /// the ticket says why. However two machines keep answering each other, the loop stops there.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxAutomaticMailsPerHour { get; set; } = 10;

    /// <summary>
    /// How long a run of the poll job goes on listening for new mail with IMAP IDLE, after importing what waited, at a
    /// server that offers IDLE: new mail becomes a ticket within seconds instead of at the next poll. 0 turns IDLE off.
    /// Kept under the 29 minutes after which servers may end an IDLE (RFC 2177).
    /// </summary>
    [Range(0, 1_500)]
    public int IdleSeconds { get; set; } = 300;

    /// <summary>
    /// How often a run that listens (<see cref="IdleSeconds"/>) reads the POP3 accounts again: POP3 cannot announce new
    /// mail, and a run ends only when its IMAP accounts stop listening, so without this a POP3 mailbox next to one that
    /// listens would be read once in <see cref="IdleSeconds"/>.
    /// </summary>
    [Range(1, 1_500)]
    public int Pop3PollSeconds { get; set; } = 10;

    /// <summary>
    /// How many messages of a mailbox are imported at the same time. Tickets written together share commits; messages
    /// that answer others still wait for those before them.
    /// </summary>
    [Range(1, 32)]
    public int ImportConcurrency { get; set; } = 8;

    /// <summary>Messages larger than this (in bytes, as the server reports them) are not turned into tickets.</summary>
    [Range(1_024, 1_073_741_824)]
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>The queue that postmaster filters send junk to, by full name; Znuny's, and a new installation's, is "Junk".</summary>
    [Required]
    [StringLength(200)]
    public string JunkQueue { get; set; } = "Junk";

    /// <summary>
    /// How long one filter pattern may take on one message's field: a pattern that backtracks without end then counts as no
    /// match (and is logged), and cannot hold up the import.
    /// </summary>
    [Range(1, 10_000)]
    public int FilterTimeoutMilliseconds { get; set; } = 100;

    /// <summary>
    /// From how many days before a refresh token expires administrators are warned: in the OAuth2 status, and in the log at
    /// each <see cref="OAuth2CheckSchedule"/>.
    /// </summary>
    [Range(1, 365)]
    public int OAuth2WarnDays { get; set; } = 14;

    /// <summary>
    /// When the OAuth2 logins are checked (cron, UTC): a refresh token that expires within <see cref="OAuth2WarnDays"/> is
    /// renewed if the provider allows it, and what still needs an administrator is logged as a warning. Once a day by default.
    /// </summary>
    [Required]
    public string OAuth2CheckSchedule { get; set; } = "0 6 * * *";

    /// <summary>
    /// Where providers send the administrator back after consent, as registered with them:
    /// <c>https://helpdesk.example.com/api/v1/plugins/mail/oauth/callback</c>. None: this service's own address as the
    /// administrator's request reached it, which is wrong behind a proxy that does not pass on the original host and scheme.
    /// </summary>
    public string? OAuth2RedirectUri { get; set; }

    /// <summary>The helpdesk's own addresses (those of <paramref name="accounts"/> and <see cref="DefaultFrom"/>), lower case.</summary>
    public IReadOnlyList<string> OwnAddresses(IEnumerable<MailAccountSettings> accounts) =>
        accounts.Select(a => a.Address).Append(DefaultFrom)
            .Select(a => a is not null && MimeKit.MailboxAddress.TryParse(a, out var parsed) ? parsed.Address.ToLowerInvariant() : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in Accounts.SelectMany(a => a.Problems()))
        {
            yield return result;
        }

        var smtp = new List<ValidationResult>();
        Validator.TryValidateObject(Smtp, new ValidationContext(Smtp), smtp, validateAllProperties: true);
        foreach (var result in smtp)
        {
            yield return result;
        }

        if (DefaultFrom is not null && !MimeKit.MailboxAddress.TryParse(DefaultFrom, out _))
        {
            yield return new ValidationResult($"DefaultFrom '{DefaultFrom}' is not an address such as 'Helpdesk <helpdesk@example.com>'.", [nameof(DefaultFrom)]);
        }

        if (OAuth2RedirectUri is not null
            && !(Uri.TryCreate(OAuth2RedirectUri, UriKind.Absolute, out var redirect) && (redirect.Scheme == Uri.UriSchemeHttps || redirect.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult(
                $"OAuth2RedirectUri '{OAuth2RedirectUri}' is not an absolute address such as 'https://helpdesk.example.com/api/v1/plugins/mail/oauth/callback'.",
                [nameof(OAuth2RedirectUri)]);
        }

        foreach (var twice in Accounts.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Two accounts have the id '{twice.Key}'.", [nameof(Accounts)]);
        }
    }
}
