using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Endpoints;
using ServiceDesk.Plugins.Templates.Model;

namespace ServiceDesk.Plugins.Templates.Cli;

/// <summary>
/// <c>servicedesk templates list | create | update | delete | preview | history | restore</c>: the templates as the API
/// keeps them, through the same store and checks. A template is the JSON the API takes, in a file or on standard input
/// (<c>--file -</c>); each problem prints an <c>error:</c> line (a template's mistakes with their line and column), and
/// nothing is saved then.
/// </summary>
public static class TemplateCommands
{
    private const int Failed = 1;

    public static IEnumerable<PluginCommand> Create() =>
    [
        Command("list", "[--kind <kind>]", "Lists the templates by name, with their kind, version and use.",
            0, 0, ["kind"], ListAsync),
        Command("create", "--file <template.json>", "Saves a new template from the JSON that the API takes ('--file -' reads it from standard input).",
            0, 0, ["file"], CreateAsync),
        Command("update", "<id> --file <template.json> [--if-version <n>]",
            "Saves a template's new definition as its next version; with --if-version, only if that version is still the current one.",
            1, 1, ["file", "if-version"], UpdateAsync),
        Command("delete", "<id> [--if-version <n>]", "Deletes a template and its versions.",
            1, 1, ["if-version"], DeleteAsync),
        Command("preview", "(<id> | --file <template.json>) --ticket <number> [--language <code>]",
            "Renders a saved template, or one not saved yet, for a ticket's customer, as an answer would have it.",
            0, 1, ["file", "ticket", "language"], PreviewAsync),
        Command("history", "<id>", "Lists a template's versions, newest first.",
            1, 1, [], HistoryAsync),
        Command("restore", "<id> <version> [--if-version <n>]", "Makes an earlier version of a template current again, as its next version.",
            2, 2, ["if-version"], RestoreAsync),
    ];

    // Arguments not written as the command takes them get its usage, before anything is read or saved.
    private static PluginCommand Command(
        string name,
        string usage,
        string description,
        int fewestValues,
        int mostValues,
        IReadOnlyCollection<string> options,
        Func<PluginCommandContext, CommandArguments, CancellationToken, Task> runAsync) =>
        new(name, usage, description, async (command, cancellationToken) =>
        {
            if (CommandArguments.Parse(command.Arguments, fewestValues, mostValues, options) is not { } arguments)
            {
                await command.Error.WriteLineAsync($"error: use servicedesk templates {name} {usage}");
                return Failed;
            }

            await runAsync(command, arguments, cancellationToken);
            return 0;
        });

    private static async Task ListAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var kind = arguments.Option("kind") is { } name ? KindOf(name) : null;
        var templates = await Store(command).ListAsync(kind, cancellationToken);
        if (templates.Count == 0)
        {
            await command.Output.WriteLineAsync(kind is null
                ? "No templates. Create one with: servicedesk templates create --file <template.json>"
                : $"No templates of kind {kind}.");
            return;
        }

        await TextTable.WriteAsync(command.Output,
            ["ID", "NAME", "KIND", "VERSION", "USED", "LAST USED (UTC)", "CHANGED BY", "CHANGED AT (UTC)"],
            templates.Select(t => (IReadOnlyList<string>)
                [Text(t.Id), t.Name, t.Kind.ToString(), Text(t.Version), Text(t.UsageCount), t.LastUsedAt is { } used ? Time(used) : "never", t.ChangedBy, Time(t.ChangedAt)])
            .ToList());
    }

    private static async Task CreateAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var template = await Store(command).CreateAsync(Actor.System, await ReadAsync(arguments, cancellationToken), cancellationToken);
        await command.Output.WriteLineAsync($"Created template {template.Id} '{template.Name}' ({template.Kind}), version {template.Version}.");
    }

    private static async Task UpdateAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var id = arguments.Number<long>(0, "id");
        var template = await Store(command).UpdateAsync(
            Actor.System, id, await ReadAsync(arguments, cancellationToken), arguments.NumberOption<int>("if-version"), cancellationToken);
        await command.Output.WriteLineAsync($"Saved template {template.Id} '{template.Name}' as version {template.Version}.");
    }

    private static async Task DeleteAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var id = arguments.Number<long>(0, "id");
        await Store(command).DeleteAsync(id, arguments.NumberOption<int>("if-version"), cancellationToken);
        await command.Output.WriteLineAsync($"Deleted template {id} and its versions.");
    }

    private static async Task RestoreAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var version = arguments.Number<int>(1, "version");
        var template = await Store(command).RestoreAsync(
            Actor.System, arguments.Number<long>(0, "id"), version, arguments.NumberOption<int>("if-version"), cancellationToken);
        await command.Output.WriteLineAsync($"Restored version {version} of template {template.Id} '{template.Name}' as version {template.Version}.");
    }

    private static async Task HistoryAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var versions = await Store(command).HistoryAsync(arguments.Number<long>(0, "id"), cancellationToken);
        await TextTable.WriteAsync(command.Output,
            ["VERSION", "CHANGE", "NAME", "KIND", "CHANGED BY", "CHANGED AT (UTC)"],
            versions.Select(v => (IReadOnlyList<string>)
                [Text(v.Version), v.RestoredFrom is { } from ? $"restored {from}" : v.Change, v.Definition.Name, v.Definition.Kind.ToString(), v.ChangedBy, Time(v.ChangedAt)])
            .ToList());
    }

    // As the API's preview: no usage is counted. The command line writes as no agent, so agent.* are empty.
    private static async Task PreviewAsync(PluginCommandContext command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var file = arguments.Option("file");
        if ((arguments.Values.Count == 0) == (file is null))
        {
            throw new ValidationException("--file", "Give either a saved template's id or --file with a template, not both.");
        }

        var ticket = arguments.Required("ticket", "Name the ticket to render the template for, by its number.");
        long? id = file is null ? arguments.Number<long>(0, "id") : null;
        var definition = id is { } saved
            ? (await Store(command).GetAsync(saved, cancellationToken)).Definition
            : TemplateRules.Definition(await TemplateFile.ReadAsync(file!, cancellationToken));
        var target = await command.Services.GetRequiredService<TicketModelBuilder>().BuildAsync(Actor.System, ticket, null, arguments.Option("language"), cancellationToken);
        var rendered = await command.Services.GetRequiredService<TemplateComposer>().RenderAsync(id, definition, target, cancellationToken);
        await command.Output.WriteLineAsync($"Language: {rendered.Language}");
        if (rendered.Subject is not null)
        {
            await command.Output.WriteLineAsync($"Subject: {rendered.Subject}");
        }

        await command.Output.WriteLineAsync();
        await command.Output.WriteLineAsync(rendered.Body);
    }

    private static TemplateStore Store(PluginCommandContext command) => command.Services.GetRequiredService<TemplateStore>();

    private static Task<TemplateRequest> ReadAsync(CommandArguments arguments, CancellationToken cancellationToken) =>
        TemplateFile.ReadAsync(arguments.Required("file", "Give the template's JSON file, or '-' to read it from standard input."), cancellationToken);

    private static TemplateKind? KindOf(string name) =>
        Enum.GetValues<TemplateKind>().Cast<TemplateKind?>().FirstOrDefault(k => string.Equals(k.ToString(), name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ValidationException("--kind", $"The kind is one of: {string.Join(", ", Enum.GetNames<TemplateKind>())}.");

    private static string Text(long number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
