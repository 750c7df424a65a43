namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>A condition whose pattern ran out of time on a message: it counted as not holding.</summary>
/// <param name="Filter">The filter's name.</param>
/// <param name="Condition">The condition's place in the filter, from 0.</param>
/// <param name="Field">The header (or <c>Body</c>) it tested.</param>
public sealed record FilterTimeout(string Filter, int Condition, string Field);
