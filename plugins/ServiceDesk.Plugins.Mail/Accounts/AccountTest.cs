using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.OAuth;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// Tries an account as the poll job begins to read it, by its protocol, without reading or changing anything: connects
/// and logs in (with its password, or with an OAuth2 access token, renewed first if it needs to be); over IMAP opens its
/// folder (and finds the one it moves messages to), over POP3 counts the messages (STAT) and checks their UIDLs.
/// </summary>
public sealed class AccountTest(OAuthTokens tokens)
{
    // Longer than any server that answers at all takes; a host that swallows packets would otherwise hold the request for minutes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task<AccountTestResult> RunAsync(MailAccountSettings account, CancellationToken cancellationToken)
    {
        var server = $"{account.Host}:{account.EffectivePort}";
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Patience);
        try
        {
            var credentials = await MailCredentials.OfAccountAsync(account, tokens, limit.Token);
            var found = account.Protocol == MailProtocol.Pop3
                ? await TryPop3Async(account, credentials, limit.Token)
                : await TryImapAsync(account, credentials, limit.Token);
            return new AccountTestResult(true, $"Connected to {server}, logged in as {account.UserName}, and {found}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AccountTestResult(false, $"{server} did not answer within {Patience.TotalSeconds} seconds.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Whatever failed is the answer: the server's refusal, a name that does not resolve, a certificate, a folder,
            // a POP3 server without UIDL, OAuth2 tokens that the provider no longer renews.
            return new AccountTestResult(false, $"{server}: {error.GetType().Name}: {error.Message}");
        }
    }

    private static async Task<string> TryImapAsync(MailAccountSettings account, MailCredentials credentials, CancellationToken cancellationToken)
    {
        using var client = new ImapClient();
        await MailConnections.ConnectAsync(client, account.Host, account.EffectivePort, account.Security, credentials, cancellationToken);
        var folder = await client.GetFolderAsync(account.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        if (account.AfterImport == AfterImport.Move)
        {
            await client.GetFolderAsync(account.MoveTo!, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return $"opened {folder.FullName} ({folder.Count} messages)";
    }

    // Nothing is marked for deletion, so the QUIT that ends the session deletes nothing.
    private static async Task<string> TryPop3Async(MailAccountSettings account, MailCredentials credentials, CancellationToken cancellationToken)
    {
        using var client = new Pop3Client();
        await MailConnections.ConnectAsync(client, account.Host, account.EffectivePort, account.Security, credentials, cancellationToken);
        var uidls = await Pop3Uidls.ReadAsync(client, account, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return uidls.Count == 0
            ? "found the mailbox empty (whether the server offers UIDL shows once a message is there)"
            : $"found {uidls.Count} message{(uidls.Count == 1 ? "" : "s")}, each with its UIDL";
    }
}
