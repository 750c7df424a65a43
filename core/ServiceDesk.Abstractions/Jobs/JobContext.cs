namespace ServiceDesk.Abstractions.Jobs;

/// <summary>What a job learns about the run it is in.</summary>
/// <param name="Name">The job's name, with its plugin's id: <c>{plugin}:{name}</c>.</param>
/// <param name="DueAt">When the run was due (a recurring job's occurrence, a delayed job's time).</param>
/// <param name="Attempt">1 for the first attempt of this run; more when earlier attempts failed.</param>
public sealed record JobContext(string Name, DateTimeOffset DueAt, int Attempt);
