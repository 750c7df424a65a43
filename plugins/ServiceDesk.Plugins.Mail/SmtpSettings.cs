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

    public string? Password { get; set; }

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
    }
}
