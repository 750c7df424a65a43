namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>What kind of sender wrote a message: a person, or a machine that must never be answered automatically.</summary>
public enum MessageKind
{
    /// <summary>Written by a person.</summary>
    Personal,

    /// <summary>An automatic answer (RFC 3834: out of office, vacation, "we received your message"), or a read receipt.</summary>
    AutoReply,

    /// <summary>Bulk or list mail (Precedence bulk/junk/list, List-Id): sent by a machine to many.</summary>
    Bulk,

    /// <summary>A report that mail could not be delivered (a DSN, or one of the common non-standard forms), or a complaint report.</summary>
    Bounce,
}
