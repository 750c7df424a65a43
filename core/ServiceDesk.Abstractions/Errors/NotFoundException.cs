namespace ServiceDesk.Abstractions.Errors;

/// <summary>The thing does not exist, or the actor may not know that it exists (404).</summary>
public sealed class NotFoundException(string message) : ServiceDeskException(message)
{
    /// <inheritdoc />
    public override int StatusCode => 404;

    /// <inheritdoc />
    public override string Title => "Not found";
}
