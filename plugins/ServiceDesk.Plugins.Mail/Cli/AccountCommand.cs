using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Data;

namespace ServiceDesk.Plugins.Mail.Cli;

/// <summary>
/// <c>servicedesk mail account list | add | set | remove | test</c>: the mail accounts, as the API has them. Settings are
/// options named as in the API, with dashes between words and a dot into a nested setting (<c>--user-name</c>,
/// <c>--after-import Move</c>); they go through the same checks, and a problem prints one <c>error:</c> line each.
/// </summary>
public static class AccountCommand
{
    private const int Failed = 1;

    private const string Usage =
        "list | add <id> --<setting> <value>… | set <id> --<setting> <value>… | remove <id> | test <id>";

    public static PluginCommand Create() => new("account", Usage,
        "Lists, adds, changes, removes and tries the mail accounts (settings such as --protocol, --host, --port, --security, --user-name, " +
        "--password, --authentication, --oauth2.client-id, --folder, --queue, --address, --after-import, --move-to, --enabled; " +
        "'--password -' reads it from standard input).",
        RunAsync);

    private static async Task<int> RunAsync(PluginCommandContext command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var id = arguments.Count > 1 ? arguments[1] : null;
        var options = arguments.Skip(2).ToList();
        switch (arguments.FirstOrDefault())
        {
            case "list" when arguments.Count == 1:
                await ListAsync(command, cancellationToken);
                return 0;
            case "add" when id is not null:
                var json = Settings(options, []);
                json["id"] = id;
                var added = await Store(command).CreateAsync(json, cancellationToken);
                await command.Output.WriteLineAsync(
                    $"Added mail account '{id}', which reads into queue {added.Settings.Queue}{(added.NotRead is null ? "" : $" (not read: {added.NotRead})")}. " +
                    $"The poll job reads it from its next run; 'servicedesk mail account test {id}' tries it now.");
                return 0;
            case "set" when id is not null && options.Count > 0:
                var current = await Accounts(command).GetAsync(id, cancellationToken);
                var changed = await Store(command).ReplaceAsync(id, Settings(options, AccountJson.Write(current.Settings)), cancellationToken);
                await command.Output.WriteLineAsync($"Saved mail account '{id}'{(changed.NotRead is null ? "" : $" (not read: {changed.NotRead})")}. It counts from the next run of the poll job.");
                return 0;
            case "remove" when id is not null && options.Count == 0:
                await Store(command).DeleteAsync(id, cancellationToken);
                await command.Output.WriteLineAsync($"Removed mail account '{id}'. Messages read from it stay imported.");
                return 0;
            case "test" when id is not null && options.Count == 0:
                var result = await command.Services.GetRequiredService<AccountTest>().RunAsync((await Accounts(command).GetAsync(id, cancellationToken)).Settings, cancellationToken);
                await (result.Succeeded ? command.Output : command.Error).WriteLineAsync(
                    result.Succeeded ? $"Mail account '{id}': {result.Message}" : $"error: mail account '{id}': {result.Message}");
                return result.Succeeded ? 0 : Failed;
            default:
                await command.Error.WriteLineAsync($"error: use servicedesk mail account {Usage}");
                return Failed;
        }
    }

    private static MailAccounts Accounts(PluginCommandContext command) => command.Services.GetRequiredService<MailAccounts>();

    private static MailAccountStore Store(PluginCommandContext command) => command.Services.GetRequiredService<MailAccountStore>();

    private static async Task ListAsync(PluginCommandContext command, CancellationToken cancellationToken)
    {
        var accounts = await Accounts(command).ListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            await command.Output.WriteLineAsync("No mail accounts. Add one with: servicedesk mail account add <id> --host … --user-name … --password … --queue …");
            return;
        }

        var states = await AccountState.OfAsync(command.Services.GetRequiredService<MailDbContext>(), accounts.Select(a => a.Settings.Id).ToList(), cancellationToken);
        foreach (var account in accounts)
        {
            var settings = account.Settings;
            var state = states[settings.Id];
            await command.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{settings.Id,-20} {(account.FromConfiguration ? "configuration" : "database"),-14} {(settings.Enabled ? "enabled" : "disabled"),-9} " +
                $"{settings.UserName}@{settings.Host}:{settings.EffectivePort} {settings.Folder} -> {settings.Queue}"));
            if (account.NotRead is not null && settings.Enabled)
            {
                await command.Output.WriteLineAsync($"    not read: {account.NotRead}");
            }

            await command.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"    {(state.LastReadAt is { } read ? $"last read {read:yyyy-MM-dd HH:mm:ss} UTC" : "not read yet")}; {state.Imported} messages imported"));
            if (state.LastError is not null)
            {
                await command.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    last reading failed at {state.LastFailedAt:yyyy-MM-dd HH:mm:ss} UTC: {state.LastError}"));
            }
        }
    }

    // --user-name helpdesk --port=993 --oauth2.client-id x, onto what the account has. A setting that does not exist goes
    // in as written, for the store to refuse with the list of those that do.
    private static JsonObject Settings(IReadOnlyList<string> options, JsonObject account)
    {
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            if (!option.StartsWith("--", StringComparison.Ordinal) || option.Length == 2)
            {
                throw new ValidationException(option, "Expected a setting and its value, such as --host imap.example.com.");
            }

            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? option[2..equals] : option[2..];
            var value = equals > 0 ? option[(equals + 1)..]
                : i + 1 < options.Count ? options[++i]
                : throw new ValidationException(option, "Give its value after it.");
            var path = name.Replace("-", "", StringComparison.Ordinal).Split('.');
            var setting = AccountJson.Setting(path);
            if (value == "-" && setting is { Property: var secret } && SecretSettings.IsSecret(secret))
            {
                value = Console.In.ReadLine() ?? "";
            }

            Put(account, setting?.Path ?? path, ValueOf(value, setting?.Property.PropertyType ?? typeof(string)));
        }

        return account;
    }

    private static void Put(JsonObject json, IReadOnlyList<string> path, JsonNode? value)
    {
        foreach (var name in path.Take(path.Count - 1))
        {
            if (json[name] is not JsonObject nested)
            {
                nested = [];
                json[name] = nested;
            }

            json = nested;
        }

        json[path[^1]] = value;
    }

    // Text stays text (a password of digits, too); numbers and true or false become such, for the settings that take them.
    private static JsonNode? ValueOf(string text, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string) || plain.IsEnum)
        {
            return JsonValue.Create(text);
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
