namespace ServiceDesk.TestPlugins.Greeter;

/// <summary>What the greeter answers, from its settings.</summary>
public sealed record Greeting(string Text, string Version);
