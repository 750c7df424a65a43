using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Plugins.Mail;

/// <summary>One mailbox that the helpdesk reads: <c>ServiceDesk:Plugins:mail:Accounts:{n}</c>.</summary>
public sealed class MailAccountSettings : IValidatableObject
{
    /// <summary>A short name, unique among the accounts: it names the account in logs and in the messages' keys.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$", ErrorMessage = "Id is 1 to 32 lower-case letters, digits or dashes.")]
    public string Id { get; set; } = "";

    [Required]
    public string Host { get; set; } = "";

    /// <summary>Default: 993 with TLS, 143 otherwise.</summary>
    [Range(1, 65_535)]
    public int? Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.Tls;

    [Required]
    public string UserName { get; set; } = "";

    /// <summary>With <see cref="MailAuthentication.Password"/>, the default.</summary>
    public string Password { get; set; } = "";

    public MailAuthentication Authentication { get; set; } = MailAuthentication.Password;

    /// <summary>Where the tokens come from, with <see cref="MailAuthentication.OAuth2"/>.</summary>
    public OAuth2Settings? OAuth2 { get; set; }

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

        foreach (var problem in OAuth2Settings.ProblemsOf(Authentication, OAuth2, $"Account '{Id}'"))
        {
            yield return problem;
        }
    }
}
