namespace ServiceDesk.Host.Api;

/// <summary>The body of PATCH /api/v1/plugins/{id}: turn the plugin on or off at the next restart.</summary>
public sealed record PluginSwitch(bool? Enabled);
