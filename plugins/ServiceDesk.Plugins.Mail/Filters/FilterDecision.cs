using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>What the filters do to a message, with the queue and owner they name looked up.</summary>
/// <param name="Verdict">Which filters matched, and why.</param>
/// <param name="Queue">The queue a new ticket goes to (the junk queue for junk); null for the account's.</param>
/// <param name="Priority">A new ticket's priority; null for the queue's default.</param>
/// <param name="Tags">A new ticket's tags.</param>
/// <param name="Owner">The login of a new ticket's owner, when that agent exists.</param>
/// <param name="OwnerId">That agent's id.</param>
/// <param name="Notes">Actions that could not be followed (a queue or agent that is gone), and so were left out.</param>
public sealed record FilterDecision(
    FilterVerdict Verdict, string? Queue, TicketPriority? Priority, IReadOnlyList<string> Tags, string? Owner, int? OwnerId, IReadOnlyList<string> Notes)
{
    /// <summary>The command for a new ticket, with what the filters set in place of what it says.</summary>
    public CreateTicketCommand ForNewTicket(CreateTicketCommand command) => command with
    {
        Queue = Queue ?? command.Queue,
        QueueId = Queue is null ? command.QueueId : null,
        Priority = Priority ?? command.Priority,
        Tags = Tags.Count == 0 ? command.Tags : [.. command.Tags ?? [], .. Tags],
        OwnerId = OwnerId ?? command.OwnerId,
    };
}
