using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>A filter that matched the message tried, with what it does.</summary>
public sealed record FilterTestMatch(long Id, string Name, FilterActions Actions);
