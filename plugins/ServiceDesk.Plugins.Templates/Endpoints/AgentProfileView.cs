using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Endpoints;

/// <summary>An agent's profile as the API shows it.</summary>
public sealed record AgentProfileView(int UserId, string Signature, IReadOnlyList<int> MyQueueIds, IReadOnlyList<TemplateKind> MutedNotifications, DateTime? ChangedAt)
{
    public static AgentProfileView Of(AgentProfile profile) => new(
        profile.UserId, profile.Signature, profile.MyQueueIds, profile.MutedNotifications, profile.ChangedAt == default ? null : profile.ChangedAt);
}
