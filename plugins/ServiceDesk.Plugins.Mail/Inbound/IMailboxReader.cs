namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>Reads one account's mailbox by its protocol (<see cref="MailAccountSettings.Protocol"/>), as the poll job runs it.</summary>
public interface IMailboxReader
{
    /// <summary>
    /// Imports what waits in the account's mailbox, then, until <paramref name="listenUntil"/>, what arrives (as the
    /// protocol allows: IMAP listens with IDLE where the server offers it, POP3 asks again from time to time).
    /// </summary>
    /// <param name="readThrough">
    /// Called each time the mailbox has been read through, with how many messages that imported: at the start, and after
    /// each later reading while the run listens. The account's status is recorded there.
    /// </param>
    Task ReadAsync(MailAccountSettings account, DateTimeOffset listenUntil, Func<int, CancellationToken, Task> readThrough, CancellationToken cancellationToken);
}
