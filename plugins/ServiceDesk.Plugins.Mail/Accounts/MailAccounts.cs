using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.OAuth;
using ServiceDesk.Plugins.Mail.Outbound;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// The mail accounts as they are now: those of the configuration, then those that administrators stored, read from the
/// database each time, so that a change through the API or the CLI counts without a restart.
/// </summary>
public sealed class MailAccounts(MailSettings settings, MailDbContext db, AccountSecrets secrets)
{
    private const string Disabled = "Disabled.";

    /// <summary>Every account, read or not, with its secrets.</summary>
    public Task<IReadOnlyList<MailAccount>> ListAsync(CancellationToken cancellationToken) => ListAsync(withSecrets: true, cancellationToken);

    /// <summary>The account with this id, with its secrets; null when there is none.</summary>
    public async Task<MailAccount?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (Configured(id) is { } configured)
        {
            return configured;
        }

        var stored = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return stored is null ? null : Load(stored, withSecrets: true);
    }

    /// <summary>The account with this id, with its secrets.</summary>
    /// <exception cref="NotFoundException">There is none.</exception>
    public async Task<MailAccount> GetAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException($"There is no mail account '{id}'.");

    /// <summary>The account from the configuration with this id, or null.</summary>
    public MailAccount? Configured(string id) =>
        settings.Accounts.Where(a => a.Id == id).Select(a => new MailAccount(a, FromConfiguration: true, null, a.Enabled ? null : Disabled)).FirstOrDefault();

    /// <summary>
    /// What the stored accounts are now, in a word: it differs as soon as one is added, saved or removed, so that a run of
    /// the poll job notices a change without reading them all.
    /// </summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Accounts.AsNoTracking().Select(a => new { a.Id, a.ChangedAt }).ToListAsync(cancellationToken);
        return string.Join(" ", stored.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => $"{a.Id}@{a.ChangedAt.Ticks}"));
    }

    /// <summary>The helpdesk's own addresses (see <see cref="MailSettings.OwnAddresses"/>).</summary>
    public async Task<IReadOnlyList<string>> OwnAddressesAsync(CancellationToken cancellationToken) =>
        settings.OwnAddresses((await ListAsync(withSecrets: false, cancellationToken)).Select(a => a.Settings));

    /// <summary>
    /// The logins that use OAuth2, with their client secrets: the accounts' (of the configuration, then the stored ones,
    /// read or not: an administrator consents before enabling one), then the SMTP server's.
    /// </summary>
    public async Task<IReadOnlyList<OAuthLogin>> OAuthLoginsAsync(CancellationToken cancellationToken) =>
        OAuthLogin.AllOf((await ListAsync(withSecrets: true, cancellationToken)).Select(a => a.Settings), settings.Smtp);

    /// <summary>The login of that name (<c>account:{id}</c>, <c>smtp</c>), or null when there is none that uses OAuth2.</summary>
    public async Task<OAuthLogin?> OAuthLoginAsync(string name, CancellationToken cancellationToken) =>
        (await OAuthLoginsAsync(cancellationToken)).SingleOrDefault(l => l.Name == name);

    /// <summary>
    /// The sender of replies in <paramref name="queue"/>: the address of the first account that reads it and has one, else
    /// <c>DefaultFrom</c>, which is also the sender of mail that belongs to no queue.
    /// </summary>
    /// <exception cref="MailSendException">There is neither.</exception>
    public async Task<MimeKit.MailboxAddress> SenderAsync(string? queue, CancellationToken cancellationToken)
    {
        var queueAddress = queue is null
            ? null
            : (await ListAsync(withSecrets: false, cancellationToken)).FirstOrDefault(a => a.Settings.Queue == queue && a.Settings.Address is not null)?.Settings.Address;
        var address = queueAddress
            ?? settings.DefaultFrom
            ?? throw new MailSendException(
                queue is null
                    ? "No sender address for mail outside the queues: set ServiceDesk:Plugins:mail:DefaultFrom."
                    : $"No sender address for queue '{queue}': give the account that reads it an Address, or set ServiceDesk:Plugins:mail:DefaultFrom.");
        return MimeKit.MailboxAddress.Parse(address);
    }

    private async Task<IReadOnlyList<MailAccount>> ListAsync(bool withSecrets, CancellationToken cancellationToken)
    {
        var configured = settings.Accounts.Select(a => Configured(a.Id)!).ToList();
        var stored = await db.Accounts.AsNoTracking().ToListAsync(cancellationToken);
        return configured.Concat(stored.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => Load(a, withSecrets))).ToList();
    }

    private MailAccount Load(StoredAccount stored, bool withSecrets)
    {
        MailAccountSettings account;
        try
        {
            var json = JsonNode.Parse(stored.Settings)!.AsObject();
            if (withSecrets)
            {
                SecretSettings.Keep(json, secrets.Unprotect(stored.Secrets));
            }

            account = AccountJson.Read(json);
        }
        catch (CryptographicException)
        {
            return Load(stored, withSecrets: false) with
            {
                NotRead = "Its password (and other secrets) cannot be decrypted: the keys in the data directory's data-protection-keys folder are not those it was saved with. Save it again with them.",
            };
        }
        catch (JsonException error)
        {
            return new MailAccount(new MailAccountSettings { Id = stored.Id, Enabled = false }, FromConfiguration: false, stored.ChangedAt,
                $"Its stored settings cannot be read: {error.Message} Save it again.");
        }

        var notRead = Configured(stored.Id) is not null
            ? $"The configuration has an account '{stored.Id}' too, which is read instead; remove one of them."
            : account.Enabled ? null : Disabled;
        return new MailAccount(account, FromConfiguration: false, stored.ChangedAt, notRead);
    }
}
