namespace ServiceDesk.Core.Plugins;

/// <summary>What administrators decided about the plugins, kept in <c>{data}/plugins/state.json</c> for the next start.</summary>
/// <param name="Disabled">Plugins turned off: found, but their code is not loaded.</param>
/// <param name="Uninstalled">Installed plugins whose folders go at the next start of the service.</param>
/// <param name="Publishers">
/// The trusted publisher whose signature an installed plugin carried, by plugin id: its upgrades must carry the same
/// publisher's signature, so that another publisher, trusted or not, cannot replace it.
/// </param>
public sealed record PluginState(IReadOnlySet<string> Disabled, IReadOnlySet<string> Uninstalled, IReadOnlyDictionary<string, string> Publishers)
{
    public static readonly PluginState Empty = new(new HashSet<string>(), new HashSet<string>(), new Dictionary<string, string>());
}
