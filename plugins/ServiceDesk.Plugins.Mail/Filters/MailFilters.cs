using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// The postmaster filters as the import runs them. They are read and compiled once per fetch of messages
/// (<see cref="ImportBatch"/>), so a change takes effect with the next fetch, and once per request otherwise.
/// </summary>
public sealed partial class MailFilters(MailDbContext db, FilterReferences references, MailSettings settings, ILogger<MailFilters> logger)
{
    private IReadOnlyList<CompiledFilter>? _filters;

    /// <summary>
    /// Runs the filters on a message that is to become a ticket or an article, and answers what a new ticket gets. A
    /// message that a filter ignores throws <see cref="MailImportException"/> with the reason "ignored by filter {name}":
    /// the importer keeps it in the quarantine, where an administrator can release it, and it is flagged in its mailbox
    /// like an imported message.
    /// </summary>
    public async Task<FilterDecision> ApplyAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var decision = await DecideAsync(message, cancellationToken);
        return decision.Verdict.IgnoredBy is { } filter ? throw new MailImportException($"ignored by filter {filter}") : decision;
    }

    /// <summary>Runs <paramref name="filters"/>, read for the whole fetch, instead of reading them again.</summary>
    public void Use(IReadOnlyList<CompiledFilter> filters) => _filters = filters;

    /// <summary>What the filters would do to a message, without doing it.</summary>
    public async Task<FilterDecision> DecideAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        _filters ??= await LoadAsync(cancellationToken);
        var verdict = FilterMatcher.Match(_filters, message);
        foreach (var timeout in verdict.TimedOut)
        {
            LogTimedOut(logger, timeout.Filter, timeout.Condition, timeout.Field, settings.FilterTimeoutMilliseconds, message.MessageId);
        }

        var notes = new List<string>();
        var queue = verdict.Junk ? settings.JunkQueue : verdict.Queue;
        if (queue is not null && await references.QueueAsync(queue, cancellationToken) is null)
        {
            notes.Add($"There is no active queue '{queue}': the ticket goes to the account's queue.");
            queue = null;
        }

        var owner = verdict.Owner is { } login ? await references.AgentAsync(login, cancellationToken) : null;
        if (verdict.Owner is not null && owner is null)
        {
            notes.Add($"There is no active agent '{verdict.Owner}': the ticket gets no owner from the filters.");
        }

        foreach (var note in notes)
        {
            LogNotFollowed(logger, message.MessageId, note);
        }

        var priority = verdict.Priority is { } level ? (TicketPriority)level : (TicketPriority?)null;
        return new FilterDecision(verdict, queue, priority, verdict.Tags, owner?.Login, owner?.Id, notes);
    }

    /// <summary>The enabled filters, read and compiled, in the order they run.</summary>
    public async Task<IReadOnlyList<CompiledFilter>> LoadAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromMilliseconds(settings.FilterTimeoutMilliseconds);
        var compiled = new List<CompiledFilter>();
        foreach (var filter in MailFilter.InRunOrder(await db.Filters.AsNoTracking().Where(f => f.Enabled).ToListAsync(cancellationToken)))
        {
            try
            {
                var conditions = filter.Conditions.Select(c => new CompiledCondition(c, FilterPatterns.Compile(c.Pattern, timeout))).ToList();
                compiled.Add(new CompiledFilter(filter.Id, filter.Name, filter.StopAfterMatch, conditions, filter.Actions));
            }
            catch (ArgumentException error)
            {
                // Saved patterns compile (they are checked); one written into the table by hand may not, and must not stop
                // the import of every message.
                LogUnusable(logger, error, filter.Name);
            }
        }

        return compiled;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Mail filter {Filter}: condition {Condition} ({Field}) took more than {Timeout} ms on message {MessageId} and counts as no match")]
    private static partial void LogTimedOut(ILogger logger, string filter, int condition, string field, int timeout, string? messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail filters on message {MessageId}: {Note}")]
    private static partial void LogNotFollowed(ILogger logger, string? messageId, string note);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail filter {Filter} is left out: a pattern does not compile")]
    private static partial void LogUnusable(ILogger logger, Exception error, string filter);
}
