namespace ServiceDesk.Abstractions.Templates;

/// <summary>A plugin's template variable source, as the host finds it.</summary>
/// <param name="PluginId">The plugin: its variables are <c>plugins.{id}</c>.</param>
/// <param name="SourceType">The source's class, resolved from the rendering's scope.</param>
public sealed record TemplateVariableSourceRegistration(string PluginId, Type SourceType);
