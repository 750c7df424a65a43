using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>Finds the records of a message by its place in the mailbox.</summary>
public static class MailboxRecordQueries
{
    public static IQueryable<T> At<T>(this IQueryable<T> records, MailboxPosition position)
        where T : class, IMailboxRecord =>
        records.Where(r => r.AccountId == position.AccountId && r.Folder == position.Folder && r.UidValidity == position.UidValidity && r.Uid == position.Uid);
}
