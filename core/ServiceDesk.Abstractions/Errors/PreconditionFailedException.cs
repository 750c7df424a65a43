namespace ServiceDesk.Abstractions.Errors;

/// <summary>
/// Someone else changed the thing since the caller read it (412). The caller reloads and decides again, so that two
/// agents never silently overwrite each other.
/// </summary>
public sealed class PreconditionFailedException(string message) : ServiceDeskException(message)
{
    /// <inheritdoc />
    public override int StatusCode => 412;

    /// <inheritdoc />
    public override string Title => "Changed by someone else";
}
