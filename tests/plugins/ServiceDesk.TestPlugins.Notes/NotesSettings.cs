namespace ServiceDesk.TestPlugins.Notes;

/// <summary>The plugin's version, and a file its uninstall hook writes to (the hook's data is gone after a purge).</summary>
public sealed record NotesSettings(string Version, string? HookFile);
