using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// Protects the secrets of stored accounts with the host's data protection, whose keys live in the data directory, apart
/// from the database: a dump or a backup of the database does not give the mailboxes' passwords away.
/// </summary>
public sealed class AccountSecrets
{
    private const string Purpose = "ServiceDesk.Plugins.Mail.Accounts";

    private readonly Lazy<IDataProtector> _protector;

    public AccountSecrets(IServiceProvider services) =>
        // Taken at the first secret: the key ring costs memory that an installation without stored accounts need not pay.
        _protector = new(() => services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose));

    public string Protect(JsonObject secrets) => _protector.Value.Protect(secrets.ToJsonString());

    /// <exception cref="System.Security.Cryptography.CryptographicException">The keys are not those it was protected with.</exception>
    public JsonObject Unprotect(string secrets) => JsonNode.Parse(_protector.Value.Unprotect(secrets))!.AsObject();
}
