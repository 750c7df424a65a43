using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Abstractions.Queues;

/// <summary>A queue: where tickets wait to be worked.</summary>
/// <param name="Id">Internal id.</param>
/// <param name="Name">Full hierarchical name, e.g. "IT::Network".</param>
/// <param name="ParentId">The parent queue, for sub-queues.</param>
/// <param name="GroupId">The group whose permissions decide who sees and works the queue.</param>
/// <param name="Group">The group's name.</param>
/// <param name="SupportLine">Which support line works it.</param>
/// <param name="DefaultPriority">Priority of new tickets unless given.</param>
/// <param name="FollowUpPolicy">What a message to a closed ticket does.</param>
/// <param name="SalutationId">Salutation used by the templates plugin.</param>
/// <param name="SignatureId">Signature used by the templates plugin.</param>
/// <param name="SystemAddressId">Sender address used by the email plugin.</param>
/// <param name="Comment">Free text for administrators.</param>
/// <param name="IsActive">False when retired: no new tickets go there.</param>
public sealed record QueueInfo(
    int Id,
    string Name,
    int? ParentId,
    int GroupId,
    string Group,
    SupportLine SupportLine,
    TicketPriority DefaultPriority,
    FollowUpPolicy FollowUpPolicy,
    int? SalutationId,
    int? SignatureId,
    int? SystemAddressId,
    string? Comment,
    bool IsActive);
