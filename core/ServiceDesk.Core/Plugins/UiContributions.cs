using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Ui;

namespace ServiceDesk.Core.Plugins;

/// <summary>What the active plugins add to the web interface, for whoever asks: each sees the areas they may use.</summary>
public sealed class UiContributions(IEnumerable<UiContribution> contributions, PluginRegistry registry)
{
    public IReadOnlyList<UiContribution> For(Actor actor) =>
        contributions
            .Where(c => registry.IsActive(c.PluginId) && Sees(actor, c.Area))
            .OrderBy(c => c.Kind).ThenBy(c => c.Order).ThenBy(c => c.PluginId, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

    private static bool Sees(Actor actor, UiArea area) => area switch
    {
        UiArea.Admin => actor.Kind == ActorKind.Admin,
        UiArea.Agent => actor.IsAgent,
        _ => actor.IsCustomer,
    };
}
