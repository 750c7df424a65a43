using System.Text.RegularExpressions;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>A condition with its pattern compiled, ready to test messages.</summary>
public sealed record CompiledCondition(FilterCondition Condition, Regex Regex);
