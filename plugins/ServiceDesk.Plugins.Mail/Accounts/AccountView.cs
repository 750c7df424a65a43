using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// An account as the API answers it: its settings (in <see cref="AccountJson"/>'s form) without its secrets, which only
/// say whether they are set (<c>passwordSet</c>); where it comes from; why it is not read, if it is not; when it was last
/// saved; and how its readings went. Sent back as a request, the answer's own fields are left out, so that an
/// administrator can change what was read and send it back.
/// </summary>
public static class AccountView
{
    private const string Source = "source";
    private const string NotRead = "notRead";
    private const string ChangedAt = "changedAt";
    private const string Status = "status";

    public static JsonObject Of(MailAccount account, AccountState state)
    {
        var json = AccountJson.Write(account.Settings);
        SecretSettings.Flag(json, SecretSettings.Take(json));
        json[Source] = account.FromConfiguration ? "configuration" : "database";
        json[NotRead] = account.NotRead;
        json[ChangedAt] = JsonSerializer.SerializeToNode(AccountState.Utc(account.ChangedAt), AccountJson.Options);
        json[Status] = JsonSerializer.SerializeToNode(state, AccountJson.Options);
        return json;
    }

    /// <summary>The request without the fields that only answers have.</summary>
    public static JsonObject? RequestOf(JsonObject? body)
    {
        if (body is null)
        {
            return null;
        }

        foreach (var name in new[] { Source, NotRead, ChangedAt, Status })
        {
            body.Remove(name);
        }

        SecretSettings.RemoveFlags(body);
        return body;
    }
}
