using Microsoft.Extensions.Configuration;

namespace ServiceDesk.Abstractions.Plugins;

/// <summary>What a plugin learns about itself when it starts.</summary>
/// <param name="Id">The plugin's id from its manifest, e.g. <c>mail</c>.</param>
/// <param name="Version">The plugin's version from its manifest (semantic versioning).</param>
/// <param name="Directory">The absolute path of the plugin's folder (its assemblies, templates and assets).</param>
/// <param name="Configuration">The plugin's settings: the section <c>ServiceDesk:Plugins:{id}</c>.</param>
public sealed record PluginContext(string Id, string Version, string Directory, IConfiguration Configuration);
