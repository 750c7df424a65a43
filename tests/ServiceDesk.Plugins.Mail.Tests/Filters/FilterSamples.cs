using System.Text;
using MimeKit;
using ServiceDesk.Plugins.Mail.Filters;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Tests.Filters;

/// <summary>Filters and messages as the tests write them.</summary>
public static class FilterSamples
{
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    private static long _ids;

    public static CompiledFilter Filter(string name, FilterActions actions, params FilterCondition[] conditions) =>
        Filter(name, actions, stopAfterMatch: false, PatternTimeout, conditions);

    public static CompiledFilter Filter(string name, FilterActions actions, bool stopAfterMatch, TimeSpan timeout, params FilterCondition[] conditions) =>
        new(Interlocked.Increment(ref _ids), name, stopAfterMatch,
            conditions.Select(c => new CompiledCondition(c, FilterPatterns.Compile(c.Pattern, timeout))).ToList(), actions);

    /// <summary>A message read from its text as the import reads it, lines joined with CRLF.</summary>
    public static MimeMessage Message(params string[] lines) => MessageReader.Read(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    public static MimeMessage Spam() => Message(
        "From: Cheap Pills <offers@pills.example>",
        "To: helpdesk@corp.example",
        "Subject: Best prices",
        "X-Spam-Flag: YES",
        "Message-ID: <spam-1@pills.example>",
        "",
        "Buy now.");

    public static MimeMessage Printer() => Message(
        "From: Ivan Petrov <ivan@corp.example>",
        "To: helpdesk@corp.example",
        "Subject: Printer on floor 3 jams",
        "Message-ID: <printer-1@corp.example>",
        "",
        "It jams again; the toner is low too.");
}
