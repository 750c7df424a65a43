namespace ServiceDesk.Abstractions.Errors;

/// <summary>The actor may see the thing but not do this to it (403).</summary>
public sealed class ForbiddenException(string message) : ServiceDeskException(message)
{
    /// <inheritdoc />
    public override int StatusCode => 403;

    /// <inheritdoc />
    public override string Title => "Forbidden";
}
