using ServiceDesk.Plugins.Mail.Inbound;

namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>Finds the records of messages by their places in their mailboxes.</summary>
public static class MailboxRecordQueries
{
    public static IQueryable<T> At<T>(this IQueryable<T> records, MailboxPosition position)
        where T : class, IMailboxRecord =>
        records.Where(r => r.AccountId == position.AccountId && r.Folder == position.Folder && r.UidValidity == position.UidValidity && r.Uid == position.Uid
            && r.Uidl == position.Uidl);

    /// <summary>Of <paramref name="uidls"/>, those that the account's POP3 messages are recorded under.</summary>
    public static IQueryable<string> UidlsAmong<T>(this IQueryable<T> records, string accountId, IReadOnlyList<string> uidls)
        where T : class, IMailboxRecord =>
        records.Where(r => r.AccountId == accountId && uidls.Contains(r.Uidl)).Select(r => r.Uidl);
}
