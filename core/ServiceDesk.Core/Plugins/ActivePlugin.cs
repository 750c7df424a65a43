using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>A plugin that started: its manifest, its entry object and what it was told about itself.</summary>
public sealed record ActivePlugin(PluginManifest Manifest, IServiceDeskPlugin Plugin, PluginContext Context);
