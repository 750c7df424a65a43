namespace ServiceDesk.Plugins.Mail;

/// <summary>What happens to a message in the mailbox once its ticket or article is committed.</summary>
public enum AfterImport
{
    /// <summary>Flagged \Seen and left in the folder; only unseen messages are read.</summary>
    MarkSeen,

    /// <summary>Moved to <see cref="MailAccountSettings.MoveTo"/>; every message in the folder is read.</summary>
    Move,

    /// <summary>Deleted (flagged \Deleted and expunged); every message in the folder is read.</summary>
    Delete,
}
