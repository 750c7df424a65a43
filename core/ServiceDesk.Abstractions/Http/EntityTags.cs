using System.Globalization;
using Microsoft.AspNetCore.Http;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Abstractions.Http;

/// <summary>
/// Versions of what the API serves (a ticket, a plugin's record) as HTTP entity tags, for If-Match on updates, so that
/// nobody overwrites a change they have not seen (SDK 1.4.0).
/// </summary>
public static class EntityTags
{
    /// <summary>The entity tag of <paramref name="version"/>: <c>"3"</c>.</summary>
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
            : throw new ValidationException("If-Match", "If-Match must be the ETag the resource was read with, e.g. \"3\".");
    }

    /// <summary>Sends <paramref name="version"/> as the response's ETag.</summary>
    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Of(version);
}
