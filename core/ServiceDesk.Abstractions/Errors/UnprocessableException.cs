namespace ServiceDesk.Abstractions.Errors;

/// <summary>The input is well-formed but names something that does not exist, such as an unknown queue (422).</summary>
public sealed class UnprocessableException(string field, string message) : ServiceDeskException(message)
{
    /// <summary>The field that names the unknown thing.</summary>
    public string Field { get; } = field;

    /// <inheritdoc />
    public override int StatusCode => 422;

    /// <inheritdoc />
    public override string Title => "Unprocessable request";
}
