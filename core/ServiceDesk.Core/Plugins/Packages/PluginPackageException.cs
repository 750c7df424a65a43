using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>A plugin package was refused, or a change to the installed plugins cannot be made; nothing was changed (422).</summary>
public sealed class PluginPackageException(string message) : ServiceDeskException(message)
{
    public override int StatusCode => 422;

    public override string Title => "Plugin change refused";
}
