using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Queues;

/// <summary>
/// Creates a queue, or (in an update) changes the fields that are set. A name with "::" places the queue under the
/// parent named by the part before the last "::", which must exist.
/// </summary>
public sealed record QueueCommand
{
    /// <summary>Full name, e.g. "IT::Network".</summary>
    public Optional<string> Name { get; init; }

    /// <summary>The group by name; "users" when a new queue names none.</summary>
    public Optional<string> Group { get; init; }

    /// <summary>Which support line works it; first when a new queue names none.</summary>
    public Optional<SupportLine> SupportLine { get; init; }

    /// <summary>Priority of new tickets; normal when a new queue names none.</summary>
    public Optional<TicketPriority> DefaultPriority { get; init; }

    /// <summary>What a message to a closed ticket does; reopen when a new queue names none.</summary>
    public Optional<FollowUpPolicy> FollowUpPolicy { get; init; }

    /// <summary>Salutation for the templates plugin.</summary>
    public Optional<int?> SalutationId { get; init; }

    /// <summary>Signature for the templates plugin.</summary>
    public Optional<int?> SignatureId { get; init; }

    /// <summary>Sender address for the email plugin.</summary>
    public Optional<int?> SystemAddressId { get; init; }

    /// <summary>Free text for administrators.</summary>
    public Optional<string?> Comment { get; init; }

    /// <summary>False retires the queue.</summary>
    public Optional<bool> IsActive { get; init; }
}
