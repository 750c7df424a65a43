using MailKit;
using MailKit.Net.Imap;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// Tries an account as the poll job begins to read it: connects, logs in, and opens its folder (and finds the one it
/// moves messages to), without reading or changing anything.
/// </summary>
public static class AccountTest
{
    // Longer than any server that answers at all takes; a host that swallows packets would otherwise hold the request for minutes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<AccountTestResult> RunAsync(MailAccountSettings account, CancellationToken cancellationToken)
    {
        var server = $"{account.Host}:{account.EffectivePort}";
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Patience);
        using var client = new ImapClient();
        try
        {
            await MailConnections.ConnectAsync(client, account.Host, account.EffectivePort, account.Security, MailCredentials.Password(account.UserName, account.Password), limit.Token);
            var folder = await client.GetFolderAsync(account.Folder, limit.Token);
            await folder.OpenAsync(FolderAccess.ReadOnly, limit.Token);
            if (account.AfterImport == AfterImport.Move)
            {
                await client.GetFolderAsync(account.MoveTo!, limit.Token);
            }

            await client.DisconnectAsync(quit: true, limit.Token);
            return new AccountTestResult(true, $"Connected to {server}, logged in as {account.UserName}, and opened {folder.FullName} ({folder.Count} messages).");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AccountTestResult(false, $"{server} did not answer within {Patience.TotalSeconds} seconds.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Whatever failed is the answer: the server's refusal, a name that does not resolve, a certificate, a folder.
            return new AccountTestResult(false, $"{server}: {error.GetType().Name}: {error.Message}");
        }
    }
}
