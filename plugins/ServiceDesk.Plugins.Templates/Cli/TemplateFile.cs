using System.Text.Json;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Plugins.Templates.Endpoints;

namespace ServiceDesk.Plugins.Templates.Cli;

/// <summary>
/// A template as the command line takes it: the JSON that the API takes (<see cref="TemplateRequest"/>), read the way
/// the API reads it, from a file or, for <c>-</c>, from standard input.
/// </summary>
public static class TemplateFile
{
    /// <exception cref="ValidationException">The file cannot be read, or is not such JSON.</exception>
    public static async Task<TemplateRequest> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var source = path == "-" ? "standard input" : path;
        try
        {
            var json = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
            return JsonSerializer.Deserialize<TemplateRequest>(json, JsonSerializerOptions.Web)
                ?? throw new ValidationException("--file", $"{source} holds null, not a template.");
        }
        catch (JsonException error)
        {
            // The reason, without the position that System.Text.Json appends counting from 0, and in bytes.
            var reason = error.Message.Split(" Path: ")[0];
            var at = error.LineNumber is { } line ? $", line {line + 1} at {error.Path}" : "";
            throw new ValidationException("--file", $"{source}{at}: {reason}");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ValidationException("--file", $"{source} cannot be read: {error.Message}");
        }
    }
}
