namespace ServiceDesk.Abstractions.Errors;

/// <summary>The input is malformed: one or more fields have messages (400).</summary>
public sealed class ValidationException : ServiceDeskException
{
    /// <summary>Creates the error from field messages.</summary>
    public ValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("The request has invalid fields: " + string.Join(", ", errors.Keys) + ".")
    {
        Errors = errors;
    }

    /// <summary>Creates the error for one field.</summary>
    public ValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>Messages per field name (camelCase, as in the JSON).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <inheritdoc />
    public override int StatusCode => 400;

    /// <inheritdoc />
    public override string Title => "Invalid request";
}
