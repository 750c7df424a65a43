namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// What the quarantine says of a follow-up that was rejected (its ticket closed, its queue rejecting follow-ups): the
/// rejection, and what became of the notice to its sender.
/// </summary>
public static class RejectionReasons
{
    public static string Of(string ticketNumber, string notice) => $"Ticket {ticketNumber} is closed, and its queue rejects follow-ups. {notice}";

    public static string Pending(string address) => $"A notice to {address} is on its way.";

    public static string Sent(string address) => $"A notice went to {address}.";

    public static string Automatic(MessageClassification classification) =>
        $"No notice went to the sender: the message is automatic ({classification.Reason}), and automatic mail is never answered.";

    public static string OwnAddress(string address) => $"No notice went to the sender: {address} is one of the helpdesk's own addresses.";

    public static string Copy(long earlierQuarantineId) =>
        $"No second notice went to the sender: quarantined message {earlierQuarantineId} is the same message, and its notice stands for both.";

    public static string Limited(string address, int maxPerHour) =>
        $"No notice went to {address}: {maxPerHour} automatic emails went to that address in the last hour (MaxAutomaticMailsPerHour), so it could be part of a mail loop.";
}
