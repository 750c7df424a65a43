namespace ServiceDesk.Plugins.Mail;

/// <summary>How a connection to a mail server is protected.</summary>
public enum MailSecurity
{
    /// <summary>TLS from the first byte (IMAPS on 993, SMTPS on 465).</summary>
    Tls,

    /// <summary>A plain connection upgraded with STARTTLS before logging in; refused when the server does not offer it.</summary>
    StartTls,

    /// <summary>No protection: only for a server on the same machine (loopback), and refused for any other.</summary>
    None,
}
