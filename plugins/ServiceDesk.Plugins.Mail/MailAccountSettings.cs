using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// One mailbox that the helpdesk reads: <c>ServiceDesk:Plugins:mail:Accounts:{n}</c>, or an account that administrators
/// keep through the API and the CLI (<see cref="Accounts.MailAccountStore"/>), which stores every property of this class.
/// </summary>
public sealed class MailAccountSettings : IValidatableObject
{
    /// <summary>A short name, unique among the accounts: it names the account in logs and in the messages' keys.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$", ErrorMessage = "Id is 1 to 32 lower-case letters, digits or dashes.")]
    public string Id { get; set; } = "";

    /// <summary>False: the account is kept, and not read.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IMAP (the default) or POP3.</summary>
    public MailProtocol Protocol { get; set; } = MailProtocol.Imap;

    [Required]
    public string Host { get; set; } = "";

    /// <summary>Default: with TLS 993 (IMAP) or 995 (POP3), otherwise 143 or 110.</summary>
    [Range(1, 65_535)]
    public int? Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.Tls;

    [Required]
    public string UserName { get; set; } = "";

    /// <summary>With <see cref="MailAuthentication.Password"/>, the default.</summary>
    [Secret]
    public string Password { get; set; } = "";

    public MailAuthentication Authentication { get; set; } = MailAuthentication.Password;

    /// <summary>Where the tokens come from, with <see cref="MailAuthentication.OAuth2"/>.</summary>
    /// <remarks>Named for the API and the CLI, whose camel case would make it <c>oAuth2</c>.</remarks>
    [JsonPropertyName("oauth2")]
    public OAuth2Settings? OAuth2 { get; set; }

    /// <summary>The folder to read; POP3 has none but the mailbox itself, INBOX.</summary>
    [Required]
    public string Folder { get; set; } = "INBOX";

    /// <summary>The queue that new tickets from this mailbox go to, by name.</summary>
    [Required]
    public string Queue { get; set; } = "";

    /// <summary>The mailbox's own address, as replies to the queue's tickets are sent from: <c>Helpdesk &lt;helpdesk@example.com&gt;</c>.</summary>
    public string? Address { get; set; }

    public AfterImport AfterImport { get; set; } = AfterImport.MarkSeen;

    /// <summary>The folder that imported messages go to when <see cref="AfterImport"/> is <see cref="Mail.AfterImport.Move"/>.</summary>
    public string? MoveTo { get; set; }

    public int EffectivePort => Port ?? (Protocol, Security == MailSecurity.Tls) switch
    {
        (MailProtocol.Pop3, true) => 995,
        (MailProtocol.Pop3, false) => 110,
        (_, true) => 993,
        _ => 143,
    };

    /// <summary>Every problem of the account (its annotations and <see cref="Validate"/>): the same check wherever it comes from.</summary>
    public IReadOnlyList<ValidationResult> Problems()
    {
        var context = new ValidationContext(this);
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(this, context, problems, validateAllProperties: true);
        // The validator checks Validate's rules only when the annotations hold; they count anyway, so that all is said at once.
        problems.AddRange(Validate(context).Where(rule => !problems.Any(p => p.ErrorMessage == rule.ErrorMessage)));
        return problems;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Protocol == MailProtocol.Pop3 && !string.Equals(Folder, "INBOX", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"Account '{Id}': POP3 has no folders, only the mailbox itself: leave Folder out (INBOX) instead of '{Folder}', or read the folder over IMAP.", [nameof(Folder)]);
        }

        if (Protocol == MailProtocol.Pop3 && AfterImport == AfterImport.Move)
        {
            yield return new ValidationResult(
                $"Account '{Id}': POP3 cannot move messages: AfterImport is MarkSeen (leave them on the server, remembered by their UIDL) or Delete.", [nameof(AfterImport)]);
        }
        else if (AfterImport == AfterImport.Move && string.IsNullOrWhiteSpace(MoveTo))
        {
            yield return new ValidationResult($"Account '{Id}': AfterImport Move needs MoveTo, the folder to move messages to.", [nameof(MoveTo)]);
        }

        if (Address is not null && !MimeKit.MailboxAddress.TryParse(Address, out _))
        {
            yield return new ValidationResult($"Account '{Id}': Address '{Address}' is not an address such as 'Helpdesk <helpdesk@example.com>'.", [nameof(Address)]);
        }

        if (Security == MailSecurity.None && !MailHosts.IsLoopback(Host))
        {
            yield return new ValidationResult(
                $"Account '{Id}': Security None sends the password in the clear, and is allowed only for a server on this machine, not '{Host}'.", [nameof(Security)]);
        }

        foreach (var problem in OAuth2Settings.ProblemsOf(Authentication, OAuth2, $"Account '{Id}'"))
        {
            yield return problem;
        }
    }
}
