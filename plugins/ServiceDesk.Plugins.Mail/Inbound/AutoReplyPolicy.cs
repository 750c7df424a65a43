namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>Keeps automatic replies and bulk mail out of the tickets when <see cref="MailSettings.AutoReplies"/> says so.</summary>
public static class AutoReplyPolicy
{
    /// <summary>
    /// Throws <see cref="MailImportException"/> for an automatic reply or bulk mail when they are ignored: the importer
    /// keeps such a message in the quarantine, with the reason, so that nothing is lost.
    /// </summary>
    public static void Demand(AutoReplies setting, MessageClassification classification)
    {
        if (setting == AutoReplies.Ignore && classification.Kind is MessageKind.AutoReply or MessageKind.Bulk)
        {
            var kind = classification.Kind == MessageKind.AutoReply ? "an automatic reply" : "bulk mail";
            throw new MailImportException($"Not imported: {kind} ({classification.Reason}), and AutoReplies is Ignore.");
        }
    }
}
