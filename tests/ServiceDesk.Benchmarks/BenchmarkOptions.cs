namespace ServiceDesk.Benchmarks;

/// <summary>What to measure, from the command line.</summary>
public sealed record BenchmarkOptions(
    string Provider,
    string? PostgresAdminConnection,
    IReadOnlyList<int> SearchSizes,
    int Creates,
    int Fetches,
    int Searches,
    int Events,
    string? DataPath);
