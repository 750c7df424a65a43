using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Writes new tickets that arrive at the same time together, in one unit of work, so that a burst of requests costs a
/// few transactions instead of one each. Each ticket is still all-or-nothing: when a group fails, its tickets are
/// written again one by one, and only the one at fault fails. Tickets created inside a caller's unit of work (a split,
/// a follow-up to a closed ticket) do not come here; they are written in that unit.
/// </summary>
public sealed class TicketCreationQueue
{
    /// <summary>At most this many tickets share one unit of work.</summary>
    public const int MaxTicketsPerGroup = 64;

    private readonly IServiceScopeFactory _scopes;
    private readonly WriteCombiner<Pending> _combiner;

    public TicketCreationQueue(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _combiner = new WriteCombiner<Pending>(WriteGroupAsync, MaxTicketsPerGroup);
    }

    /// <summary>Writes the ticket and returns it with its id and number, once committed.</summary>
    public async Task<Ticket> CreateAsync(NewTicket ticket)
    {
        var pending = new Pending(ticket);
        await _combiner.AddAsync(pending);
        return await pending.Outcome.Task;
    }

    private async Task WriteGroupAsync(IReadOnlyList<Pending> group)
    {
        if (await TryWriteAsync(group) || group.Count == 1)
        {
            return;
        }

        foreach (var pending in group)
        {
            pending.ForgetGeneratedKeys();
            await TryWriteAsync([pending]);
        }
    }

    // Writes the tickets in one unit of work. A failure is told to the ticket only when it was alone.
    private async Task<bool> TryWriteAsync(IReadOnlyList<Pending> group)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<TicketWriter>();
            var tickets = group.Select(p => p.Ticket).ToList();
            await scope.ServiceProvider.GetRequiredService<WriteTransaction>()
                .RunAsync(ct => writer.InsertAsync(tickets, ct), CancellationToken.None);
        }
        catch (Exception error)
        {
            if (group.Count == 1)
            {
                group[0].Fail(error);
            }

            return false;
        }

        foreach (var pending in group)
        {
            pending.Outcome.TrySetResult(pending.Ticket.Ticket);
        }

        return true;
    }

    private sealed class Pending(NewTicket ticket) : IPendingWrite
    {
        public NewTicket Ticket => ticket;

        public TaskCompletionSource<Ticket> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Fail(Exception error) => Outcome.TrySetException(error);

        // A failed group may leave the keys of its rolled-back rows on the entities; they are inserted afresh. The
        // ticket's and the article's own ids are reserved anew by the writer.
        public void ForgetGeneratedKeys()
        {
            var (row, article) = (ticket.Ticket, ticket.Article);
            row.Tags.ForEach(t => t.TicketId = 0);
            row.FieldValues.ForEach(v => v.TicketId = 0);
            article.TicketId = 0;
            article.Attachments.ForEach(a => (a.Id, a.ArticleId) = (0, 0));
        }
    }
}
