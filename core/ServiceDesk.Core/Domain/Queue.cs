using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Core.Domain;

/// <summary>A queue of tickets, owned by a group.</summary>
public sealed class Queue
{
    public int Id { get; set; }

    /// <summary>Full hierarchical name, "IT::Network".</summary>
    public string Name { get; set; } = "";

    public int? ParentId { get; set; }

    public int GroupId { get; set; }

    public Group Group { get; set; } = null!;

    public SupportLine SupportLine { get; set; } = SupportLine.First;

    public TicketPriority DefaultPriority { get; set; } = TicketPriority.Normal;

    public FollowUpPolicy FollowUpPolicy { get; set; } = FollowUpPolicy.Reopen;

    public int? SalutationId { get; set; }

    public int? SignatureId { get; set; }

    public int? SystemAddressId { get; set; }

    public string? Comment { get; set; }

    public bool IsActive { get; set; } = true;
}
