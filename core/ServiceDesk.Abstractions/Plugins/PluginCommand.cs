namespace ServiceDesk.Abstractions.Plugins;

/// <summary>
/// A command of a plugin in the <c>servicedesk</c> command line: <c>servicedesk {plugin id} {name} [arguments]</c>. It
/// runs with the host's services, the database brought up to date, as the system. Registered with
/// <see cref="PluginCommandServiceCollectionExtensions.AddPluginCommand"/>.
/// </summary>
/// <param name="Name">The command's name, e.g. <c>fetch</c>.</param>
/// <param name="Usage">Its arguments as help shows them, e.g. <c>&lt;account&gt; [--limit N]</c>; empty for none.</param>
/// <param name="Description">What it does, in a sentence.</param>
/// <param name="RunAsync">Does it; returns the exit code (0 for success). Arguments come as typed, after the name.</param>
public sealed record PluginCommand(string Name, string Usage, string Description, Func<PluginCommandContext, CancellationToken, Task<int>> RunAsync);
