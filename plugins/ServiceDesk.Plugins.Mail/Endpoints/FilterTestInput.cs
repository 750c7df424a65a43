using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>
/// The message that POST /filters/test tries: JSON <c>{"raw": "…"}</c>, the first file of a form, or the body itself (an
/// .eml file as <c>message/rfc822</c> or <c>application/octet-stream</c>); at most MaxMessageBytes, as in the import.
/// </summary>
public static class FilterTestInput
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        byte[] raw;
        if (request.HasJsonContentType())
        {
            raw = Encoding.UTF8.GetBytes(await RawOfJsonAsync(request, cancellationToken) ?? "");
        }
        else if (request.HasFormContentType)
        {
            var file = (await request.ReadFormAsync(cancellationToken)).Files.FirstOrDefault();
            await using var content = file?.OpenReadStream() ?? Stream.Null;
            raw = await ReadAsync(content, limit, cancellationToken);
        }
        else
        {
            raw = await ReadAsync(request.Body, limit, cancellationToken);
        }

        if (raw.Length > limit)
        {
            throw TooLarge(limit);
        }

        return raw.Length > 0 ? raw : throw new ValidationException("raw",
            "Send the message to try: JSON {\"raw\": \"From: …\"}, or the .eml file as the body (message/rfc822) or in a form.");
    }

    private static async Task<string?> RawOfJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await request.ReadFromJsonAsync<FilterTestRequest>(cancellationToken))?.Raw;
        }
        catch (JsonException error)
        {
            throw new ValidationException("raw", $"The body is not JSON such as {{\"raw\": \"From: …\"}}: {error.Message}");
        }
    }

    private static async Task<byte[]> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limit)
            {
                throw TooLarge(limit);
            }
        }

        return copy.ToArray();
    }

    private static PayloadTooLargeException TooLarge(long limit) => new($"The message is larger than MaxMessageBytes ({limit}), which the import would not read either.");
}
