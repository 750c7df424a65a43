namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>An enabled filter with its patterns compiled, as the import runs it.</summary>
public sealed record CompiledFilter(long Id, string Name, bool StopAfterMatch, IReadOnlyList<CompiledCondition> Conditions, FilterActions Actions);
