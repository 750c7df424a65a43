using System.Text.RegularExpressions;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>The ticket number in a subject, written as <c>[Ticket#2026112310000001]</c> with the configured prefix.</summary>
public sealed class TicketNumberInSubject(string prefix)
{
    private readonly Regex _pattern = new($@"\[{Regex.Escape(prefix)}(?<number>\d{{1,40}})\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The numbers in <paramref name="subject"/>, first one first; a reply may quote several.</summary>
    public IReadOnlyList<string> Find(string? subject) =>
        subject is null ? [] : _pattern.Matches(subject).Select(m => m.Groups["number"].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The subject with the ticket's number, for outgoing mail.</summary>
    public string Tag(string number) => $"[{prefix}{number}]";
}
