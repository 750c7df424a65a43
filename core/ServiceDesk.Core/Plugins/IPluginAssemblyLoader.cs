using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>Loads a plugin's code; the rest of the platform does not care how.</summary>
public interface IPluginAssemblyLoader
{
    /// <summary>
    /// Loads the plugin's entry assembly in a load context of its own, checks all its types at once, and creates its
    /// <see cref="IServiceDeskPlugin"/>. Throws <see cref="PluginLoadException"/> with the reason when that fails.
    /// </summary>
    IServiceDeskPlugin Load(string directory, PluginManifest manifest);
}
