namespace ServiceDesk.Core.Plugins;

/// <summary>What administrators decided about the plugins, kept in <c>{data}/plugins/state.json</c> for the next start.</summary>
/// <param name="Disabled">Plugins turned off: found, but their code is not loaded.</param>
/// <param name="Uninstalled">Installed plugins whose folders go at the next start of the service.</param>
public sealed record PluginState(IReadOnlySet<string> Disabled, IReadOnlySet<string> Uninstalled)
{
    public static readonly PluginState Empty = new(new HashSet<string>(), new HashSet<string>());
}
