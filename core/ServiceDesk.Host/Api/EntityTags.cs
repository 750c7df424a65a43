using System.Globalization;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Host.Api;

/// <summary>Ticket versions as HTTP entity tags, for If-Match on updates.</summary>
public static class EntityTags
{
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an If-Match header expects; null when the header is absent or "*".</summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new ValidationException("If-Match", "If-Match must be the ETag of the ticket, e.g. \"3\".");
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Of(version);
}
