namespace ServiceDesk.TestPlugins.Ticker;

/// <summary>The delayed job's payload: what to write; a text starting with "fail" makes it throw, one starting with "slow" makes it slow.</summary>
public sealed record Later(string Text);
