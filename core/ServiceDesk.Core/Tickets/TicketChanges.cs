using System.Globalization;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// The rules of changing a tracked ticket, one field at a time. Each change that really changes something writes its
/// history entry and event; the caller saves them all in one transaction.
/// </summary>
public sealed class TicketChanges(ChangeRecorder recorder)
{
    public const int MaxTitleLength = 255;
    public const int MaxTagLength = 100;

    public bool SetTitle(Ticket ticket, string title, Actor actor)
    {
        var value = ValidTitle(title, "title");
        if (value == ticket.Title)
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.FieldUpdate, "title", ticket.Title, value);
        ticket.Title = value;
        return true;
    }

    public bool SetState(Ticket ticket, TicketState state, DateTime? pendingUntil, Actor actor)
    {
        if (state.Type == StateType.Merged)
        {
            throw new ValidationException("state", "A ticket is merged with the merge operation, not by setting its state.");
        }

        var changed = false;
        if (state.Type.IsPending())
        {
            var until = pendingUntil ?? ticket.PendingUntil
                ?? throw new ValidationException("pendingUntil", $"State '{state.Name}' needs a pending-until time.");
            changed |= SetPendingUntil(ticket, until, actor);
        }
        else if (ticket.PendingUntil is not null)
        {
            changed |= SetPendingUntil(ticket, null, actor);
        }

        if (state.Id == ticket.StateId)
        {
            return changed;
        }

        var old = ticket.State;
        recorder.History(ticket.Id, actor, HistoryTypes.StateUpdate, "state", old.Name, state.Name);
        recorder.Event(actor, new TicketStateChanged(ticket.Id, ticket.Number, old.Name, state.Name, state.Type));
        ticket.State = state;
        ticket.StateId = state.Id;
        if (state.Type.IsClosed())
        {
            ticket.ClosedAt = recorder.Now;
            // A closed ticket is nobody's work any more, so it must not stay locked, as in Znuny.
            SetLock(ticket, false, actor);
            recorder.Event(actor, new TicketClosed(ticket.Id, ticket.Number, state.Type));
        }

        return true;
    }

    public bool SetPendingUntil(Ticket ticket, DateTime? until, Actor actor)
    {
        if (until == ticket.PendingUntil)
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.FieldUpdate, "pendingUntil", Format(ticket.PendingUntil), Format(until));
        ticket.PendingUntil = until;
        return true;
    }

    public bool SetQueue(Ticket ticket, Queue queue, Actor actor)
    {
        if (queue.Id == ticket.QueueId)
        {
            return false;
        }

        var oldQueueId = ticket.QueueId;
        recorder.History(ticket.Id, actor, HistoryTypes.Move, "queue", ticket.Queue.Name, queue.Name);
        recorder.Event(actor, new TicketQueueChanged(ticket.Id, ticket.Number, oldQueueId, queue.Id));
        ticket.Queue = queue;
        ticket.QueueId = queue.Id;
        return true;
    }

    public bool SetPriority(Ticket ticket, TicketPriority priority, Actor actor)
    {
        if (!Enum.IsDefined(priority))
        {
            throw new ValidationException("priority", "Priority must be from 1 (very low) to 5 (very high).");
        }

        if (priority == ticket.Priority)
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.PriorityUpdate, "priority", Number((int)ticket.Priority), Number((int)priority));
        recorder.Event(actor, new TicketPriorityChanged(ticket.Id, ticket.Number, ticket.Priority, priority));
        ticket.Priority = priority;
        return true;
    }

    public bool SetOwner(Ticket ticket, int? ownerId, Actor actor)
    {
        if (ownerId == ticket.OwnerId)
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.OwnerUpdate, "owner", Number(ticket.OwnerId), Number(ownerId));
        recorder.Event(actor, new TicketOwnerChanged(ticket.Id, ticket.Number, ticket.OwnerId, ownerId));
        ticket.OwnerId = ownerId;
        if (ownerId is null)
        {
            SetLock(ticket, false, actor);
        }

        return true;
    }

    public bool SetLock(Ticket ticket, bool locked, Actor actor)
    {
        if (locked == ticket.Locked)
        {
            return false;
        }

        if (locked && ticket.OwnerId is null)
        {
            throw new ValidationException("locked", "A ticket without an owner cannot be locked.");
        }

        recorder.History(ticket.Id, actor, HistoryTypes.LockUpdate, "locked", ticket.Locked ? "lock" : "unlock", locked ? "lock" : "unlock");
        ticket.Locked = locked;
        return true;
    }

    public bool SetResponsible(Ticket ticket, int? responsibleId, Actor actor)
    {
        if (responsibleId == ticket.ResponsibleId)
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.FieldUpdate, "responsible", Number(ticket.ResponsibleId), Number(responsibleId));
        ticket.ResponsibleId = responsibleId;
        return true;
    }

    public bool SetTags(Ticket ticket, IEnumerable<string> tags, Actor actor)
    {
        var wanted = ValidTags(tags);
        var current = ticket.Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal);
        if (current.SetEquals(wanted))
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.FieldUpdate, "tags", string.Join(", ", current.Order()), string.Join(", ", wanted.Order()));
        ticket.Tags.RemoveAll(t => !wanted.Contains(t.Tag));
        ticket.Tags.AddRange(wanted.Where(t => !current.Contains(t)).Select(t => new TicketTag { TicketId = ticket.Id, Tag = t }));
        return true;
    }

    public bool SetField(Ticket ticket, CustomField field, string? value, Actor actor)
    {
        var existing = ticket.FieldValues.SingleOrDefault(v => v.FieldId == field.Id);
        var normalized = string.IsNullOrWhiteSpace(value) ? null : CustomFieldValues.Normalize(field, value);
        if (normalized == existing?.Value)
        {
            return false;
        }

        recorder.History(ticket.Id, actor, HistoryTypes.FieldUpdate, "fields." + field.Name, existing?.Value, normalized);
        if (normalized is null)
        {
            ticket.FieldValues.Remove(existing!);
        }
        else if (existing is null)
        {
            ticket.FieldValues.Add(new TicketFieldValue { TicketId = ticket.Id, FieldId = field.Id, Field = field, Value = normalized });
        }
        else
        {
            existing.Value = normalized;
        }

        return true;
    }

    /// <summary>Marks the ticket changed: a new version for optimistic concurrency and a new change time.</summary>
    public void Touch(Ticket ticket)
    {
        ticket.Version++;
        ticket.ChangedAt = recorder.Now;
    }

    public static string ValidTitle(string? title, string field)
    {
        var value = title?.Trim() ?? "";
        if (value.Length == 0)
        {
            throw new ValidationException(field, "A title is required.");
        }

        return value.Length <= MaxTitleLength
            ? value
            : throw new ValidationException(field, $"The title is longer than {MaxTitleLength} characters.");
    }

    public static HashSet<string> ValidTags(IEnumerable<string> tags)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var value = tag?.Trim() ?? "";
            if (value.Length is 0 or > MaxTagLength)
            {
                throw new ValidationException("tags", $"Tags must be 1 to {MaxTagLength} characters.");
            }

            set.Add(value);
        }

        return set;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(DateTime? value) => value?.ToString("O", CultureInfo.InvariantCulture);
}
