namespace ServiceDesk.Abstractions.Messaging;

/// <summary>
/// Writes the automatic answers that a channel sends on its own, such as the notice that a follow-up was refused, which
/// is no article of any ticket (SDK 1.5.0). The templates plugin offers it, from each queue's templates; a channel takes
/// it when it is there (<c>IEnumerable&lt;IAutoResponses&gt;</c>) and uses a text of its own when it is not, or when it
/// answers null.
/// </summary>
public interface IAutoResponses
{
    /// <summary>The answer for <paramref name="request"/>, in the customer's language; null when there is none to send.</summary>
    Task<ComposedMessage?> ComposeAsync(AutoResponseRequest request, CancellationToken cancellationToken);
}
