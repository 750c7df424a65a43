using System.ComponentModel.DataAnnotations;

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

    [Required]
    public string Host { get; set; } = "";

    /// <summary>Default: 993 with TLS, 143 otherwise.</summary>
    [Range(1, 65_535)]
    public int? Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.Tls;

    [Required]
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The folder to read.</summary>
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

    public int EffectivePort => Port ?? (Security == MailSecurity.Tls ? 993 : 143);

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
        if (AfterImport == AfterImport.Move && string.IsNullOrWhiteSpace(MoveTo))
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
    }
}
