using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Filters;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// Keeps the mail accounts that administrators add through the API and the CLI. An account is checked as one from the
/// configuration is, and saved whole or not at all: a request with problems is refused with all of them (400), a queue
/// that does not exist with 422, an id that is taken (here or in the configuration) with 409. Accounts from the
/// configuration are changed there, not here (409).
/// </summary>
public sealed class MailAccountStore(MailDbContext db, MailAccounts accounts, AccountSecrets secrets, FilterReferences references, TimeProvider clock)
{
    public async Task<MailAccount> CreateAsync(JsonObject? request, CancellationToken cancellationToken)
    {
        var account = await CheckAsync(AccountJson.Check(Demand(request)), cancellationToken);
        if (accounts.Configured(account.Id) is not null)
        {
            throw new ConflictException($"The configuration has a mail account '{account.Id}' (ServiceDesk:Plugins:mail:Accounts); choose another id.");
        }

        var stored = new StoredAccount { Id = account.Id };
        Fill(stored, account);
        db.Accounts.Add(stored);
        // A new account starts without the readings of one that had its id before.
        db.AccountStatuses.RemoveRange(await db.AccountStatuses.Where(s => s.AccountId == account.Id).ToListAsync(cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Accounts.AnyAsync(a => a.Id == account.Id, cancellationToken))
            {
                throw new ConflictException($"There is a mail account '{account.Id}' already.");
            }

            throw;
        }

        return (await accounts.FindAsync(account.Id, cancellationToken))!;
    }

    /// <summary>Replaces a stored account whole; the secrets that the request leaves out stay as they were.</summary>
    public async Task<MailAccount> ReplaceAsync(string id, JsonObject? request, CancellationToken cancellationToken)
    {
        var stored = await WritableAsync(id, cancellationToken);
        var json = AccountJson.Check(Demand(request));
        if (json["id"] is { } given && given.GetValue<string>() != id)
        {
            throw new ValidationException("id", $"The id of account '{id}' cannot change: the messages read from it are known by it. Add an account with the new id, and remove this one.");
        }

        json["id"] = id;
        SecretSettings.Keep(json, SavedSecrets(stored));
        var account = await CheckAsync(json, cancellationToken);
        Fill(stored, account);
        await db.SaveChangesAsync(cancellationToken);
        return (await accounts.FindAsync(id, cancellationToken))!;
    }

    /// <summary>Removes a stored account, with its readings and its OAuth2 tokens (and consents under way).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await WritableAsync(id, cancellationToken);
        var login = OAuthLogin.AccountName(id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Accounts.Remove(stored);
        db.AccountStatuses.RemoveRange(await db.AccountStatuses.Where(s => s.AccountId == id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        // Deleted as they are, whatever a renewal wrote meanwhile: an account added again with this id, for another
        // mailbox perhaps, must not log in with the tokens of this one's consent.
        await db.OAuthTokens.Where(t => t.Login == login).ExecuteDeleteAsync(cancellationToken);
        await db.OAuthConsents.Where(c => c.Login == login).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static JsonObject Demand(JsonObject? request) =>
        request ?? throw new ValidationException("account", "Send the account as a JSON object, e.g. {\"id\": \"helpdesk\", \"host\": \"imap.example.com\", …}.");

    // The account's values checked as the configuration's are, and its queue found, by the name the core writes.
    private async Task<MailAccountSettings> CheckAsync(JsonObject json, CancellationToken cancellationToken)
    {
        var account = AccountJson.Read(json);
        var problems = AccountJson.ProblemsOf(account);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        var queue = await references.QueueAsync(account.Queue, cancellationToken)
            ?? throw new UnprocessableException("queue", $"There is no active queue '{account.Queue.Trim()}'.");
        account.Queue = queue.Name;
        return account;
    }

    private async Task<StoredAccount> WritableAsync(string id, CancellationToken cancellationToken)
    {
        if (accounts.Configured(id) is not null)
        {
            throw new ConflictException(
                $"Mail account '{id}' comes from the configuration (ServiceDesk:Plugins:mail:Accounts): change or remove it there, and restart the service.");
        }

        return await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no mail account '{id}'.");
    }

    // Secrets that can no longer be decrypted (the keys were lost) are as good as none: the request must give them.
    private JsonObject SavedSecrets(StoredAccount stored)
    {
        try
        {
            return secrets.Unprotect(stored.Secrets);
        }
        catch (CryptographicException)
        {
            return [];
        }
    }

    private void Fill(StoredAccount stored, MailAccountSettings account)
    {
        var json = AccountJson.Write(account);
        var taken = SecretSettings.Take(json);
        stored.Settings = json.ToJsonString();
        stored.Secrets = secrets.Protect(taken);
        stored.ChangedAt = clock.GetUtcNow().UtcDateTime;
    }
}
