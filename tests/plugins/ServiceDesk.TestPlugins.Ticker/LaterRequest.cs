namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>The body of POST /later.</summary>
public sealed record LaterRequest(string Text, int DelayMs);
