namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>A message's <see cref="MessageKind"/> and what gave it away, for the agent and the log.</summary>
public sealed record MessageClassification(MessageKind Kind, string Reason)
{
    /// <summary>Whether a machine wrote it: no automatic answer may go to it, or a loop could start.</summary>
    public bool IsAutomatic => Kind != MessageKind.Personal;
}
