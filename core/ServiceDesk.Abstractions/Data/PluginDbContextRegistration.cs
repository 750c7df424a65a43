namespace ServiceDesk.Abstractions.Data;

/// <summary>A plugin's database context, registered so that the host migrates it at start and can remove its tables.</summary>
/// <param name="PluginId">The plugin that owns the context.</param>
/// <param name="ContextType">The context's type, a <see cref="Microsoft.EntityFrameworkCore.DbContext"/>.</param>
public sealed record PluginDbContextRegistration(string PluginId, Type ContextType);
