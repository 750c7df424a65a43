using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Plugins.Mail;

/// <summary>The server that agents' replies go out through: <c>ServiceDesk:Plugins:mail:Smtp</c>.</summary>
public sealed class SmtpSettings : IValidatableObject
{
    /// <summary>None: replies by email are not sent, and each one fails with that reason.</summary>
    public string? Host { get; set; }

    /// <summary>Default: 465 with TLS, 587 with STARTTLS, 25 without.</summary>
    [Range(1, 65_535)]
    public int? Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>None: the server takes mail without logging in.</summary>
    public string? UserName { get; set; }

    /// <summary>With <see cref="MailAuthentication.Password"/>, the default.</summary>
    public string? Password { get; set; }

    public MailAuthentication Authentication { get; set; } = MailAuthentication.Password;

    /// <summary>Where the tokens come from, with <see cref="MailAuthentication.OAuth2"/>: the server logs in as <see cref="UserName"/>.</summary>
    public OAuth2Settings? OAuth2 { get; set; }

    public int EffectivePort => Port ?? Security switch
    {
        MailSecurity.Tls => 465,
        MailSecurity.StartTls => 587,
        _ => 25,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Host is not null && Security == MailSecurity.None && !MailHosts.IsLoopback(Host))
        {
            yield return new ValidationResult($"Smtp: Security None is allowed only for a server on this machine, not '{Host}'.", [nameof(Security)]);
        }

        if (Authentication == MailAuthentication.OAuth2 && string.IsNullOrWhiteSpace(UserName))
        {
            yield return new ValidationResult("Smtp: Authentication OAuth2 needs UserName, the mailbox that sends (its address, for Microsoft 365 and Gmail).", [nameof(UserName)]);
        }

        foreach (var problem in OAuth2Settings.ProblemsOf(Authentication, OAuth2, "Smtp"))
        {
            yield return problem;
        }
    }
}
