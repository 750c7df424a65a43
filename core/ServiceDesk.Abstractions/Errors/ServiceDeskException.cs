namespace ServiceDesk.Abstractions.Errors;

/// <summary>
/// The base of the errors the service desk raises on purpose. Each subclass maps to one HTTP status at the API edge
/// and to one clear line in the CLI; anything else is an unexpected failure.
/// </summary>
public abstract class ServiceDeskException : Exception
{
    /// <summary>Creates the error with a message meant for the user.</summary>
    protected ServiceDeskException(string message)
        : base(message)
    {
    }

    /// <summary>The HTTP status this error maps to.</summary>
    public abstract int StatusCode { get; }

    /// <summary>A short title for problem details.</summary>
    public abstract string Title { get; }
}
