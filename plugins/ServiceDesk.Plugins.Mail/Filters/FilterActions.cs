namespace ServiceDesk.Plugins.Mail.Filters;

/// <summary>
/// What a postmaster filter does to a message it matches. <see cref="Ignore"/> applies to every message; the others to a
/// message that opens a new ticket (a follow-up keeps its ticket as it is). When several filters match, the later one's
/// queue (or junk), priority and owner win, and the tags add up.
/// </summary>
public sealed record FilterActions
{
    /// <summary>The queue the new ticket goes to, by full name, instead of the account's.</summary>
    public string? Queue { get; init; }

    /// <summary>The new ticket's priority, 1 (very low) to 5 (very high), instead of the queue's default.</summary>
    public int? Priority { get; init; }

    /// <summary>Tags the new ticket gets.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The login of the agent who owns the new ticket.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// Spam: the new ticket goes to the junk queue (setting <c>JunkQueue</c>, "Junk" by default) and stays there, new, for
    /// an agent to look over, as Znuny's Junk queue does.
    /// </summary>
    public bool Junk { get; init; }

    /// <summary>
    /// No ticket or article: the message is kept in the quarantine ("ignored by filter …"), where an administrator can
    /// still release it, and is flagged in its mailbox like an imported one.
    /// </summary>
    public bool Ignore { get; init; }
}
