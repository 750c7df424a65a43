namespace ServiceDesk.Abstractions.Plugins;

/// <summary>What a plugin's command runs with.</summary>
/// <param name="Arguments">The arguments after the command's name, as typed.</param>
/// <param name="Services">A scope of the host's services, with the plugin's own.</param>
/// <param name="Output">Where to write results (standard output).</param>
/// <param name="Error">Where to write problems (standard error); a failing command returns a non-zero code too.</param>
public sealed record PluginCommandContext(IReadOnlyList<string> Arguments, IServiceProvider Services, TextWriter Output, TextWriter Error);
