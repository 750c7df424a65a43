using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Data;

/// <summary>What an agent keeps for their mail: their own signature, the queues they watch, the notifications they do not want.</summary>
public sealed class AgentProfile
{
    public const int MaxSignatureLength = 4_000;

    /// <summary>The agent's user id.</summary>
    public int UserId { get; set; }

    /// <summary>Their signature as they write it (<c>agent.signature</c>), plain text; empty for none.</summary>
    public string Signature { get; set; } = "";

    /// <summary>The queues whose new tickets they are told of ("my queues"), and whose unowned tickets' news.</summary>
    public List<int> MyQueueIds { get; set; } = [];

    /// <summary>The notifications they switched off, by the kind of their template.</summary>
    public List<TemplateKind> MutedNotifications { get; set; } = [];

    public DateTime ChangedAt { get; set; }
}
