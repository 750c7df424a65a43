namespace ServiceDesk.Abstractions.Errors;

/// <summary>The request clashes with the current state, such as a login that is taken (409).</summary>
public sealed class ConflictException(string message) : ServiceDeskException(message)
{
    /// <inheritdoc />
    public override int StatusCode => 409;

    /// <inheritdoc />
    public override string Title => "Conflict";
}
