namespace ServiceDesk.TestPlugins.Greeter;

/// <summary>What templates see of the greeter.</summary>
public sealed record GreetingModel(string Text, string Ticket, string Language);
