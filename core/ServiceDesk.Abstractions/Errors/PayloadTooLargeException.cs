namespace ServiceDesk.Abstractions.Errors;

/// <summary>A body or attachment is larger than the configured limit (413).</summary>
public sealed class PayloadTooLargeException(string message) : ServiceDeskException(message)
{
    /// <inheritdoc />
    public override int StatusCode => 413;

    /// <inheritdoc />
    public override string Title => "Too large";
}
