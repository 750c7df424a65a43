using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Endpoints;

namespace ServiceDesk.Plugins.Templates.Domain;

/// <summary>The agents' own signatures, watched queues and muted notifications; an agent without a profile has none of them.</summary>
public sealed class AgentProfiles(TemplatesDbContext db, IQueueService queues, TimeProvider clock)
{
    /// <summary>The kinds of notification an agent may switch off.</summary>
    public static readonly IReadOnlySet<TemplateKind> Notifications = new HashSet<TemplateKind>
    {
        TemplateKind.NotificationNewTicket, TemplateKind.NotificationAssigned, TemplateKind.NotificationCustomerAnswered, TemplateKind.NotificationPendingReminder,
    };

    public async Task<AgentProfile> GetAsync(int userId, CancellationToken cancellationToken) =>
        await db.AgentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken) ?? new AgentProfile { UserId = userId };

    /// <summary>The profiles of the agents who watch <paramref name="queueId"/>.</summary>
    public async Task<IReadOnlyList<AgentProfile>> WatchingAsync(int queueId, CancellationToken cancellationToken) =>
        // Kept as JSON, so filtered here; one row per agent keeps it small.
        (await db.AgentProfiles.AsNoTracking().ToListAsync(cancellationToken)).Where(p => p.MyQueueIds.Contains(queueId)).ToList();

    /// <summary>Replaces what the request names and keeps the rest.</summary>
    /// <exception cref="ValidationException">A signature too long, or a kind that is no notification.</exception>
    /// <exception cref="UnprocessableException">A queue that does not exist.</exception>
    public async Task<AgentProfile> SaveAsync(int userId, AgentProfileRequest request, CancellationToken cancellationToken)
    {
        if (request.Signature is { Length: > AgentProfile.MaxSignatureLength })
        {
            throw new ValidationException("signature", $"A signature has at most {AgentProfile.MaxSignatureLength} characters.");
        }

        var notNotifications = (request.MutedNotifications ?? []).Where(k => !Notifications.Contains(k)).ToList();
        if (notNotifications.Count > 0)
        {
            throw new ValidationException("mutedNotifications", $"{string.Join(", ", notNotifications)}: no notification; these are {string.Join(", ", Notifications)}.");
        }

        var known = (await queues.ListAsync(Actor.System, cancellationToken)).Select(q => q.Id).ToHashSet();
        var unknown = (request.MyQueueIds ?? []).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new UnprocessableException("myQueueIds", $"There is no queue {string.Join(", ", unknown)}.");
        }

        var profile = await db.AgentProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            profile = new AgentProfile { UserId = userId };
            db.AgentProfiles.Add(profile);
        }

        profile.Signature = request.Signature?.Trim() ?? profile.Signature;
        profile.MyQueueIds = request.MyQueueIds?.Distinct().Order().ToList() ?? profile.MyQueueIds;
        profile.MutedNotifications = request.MutedNotifications?.Distinct().Order().ToList() ?? profile.MutedNotifications;
        profile.ChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }
}
