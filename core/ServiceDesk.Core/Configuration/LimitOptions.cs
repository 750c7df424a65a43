using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Core.Configuration;

/// <summary>The "ServiceDesk:Limits" configuration section.</summary>
public sealed class LimitOptions
{
    /// <summary>The largest attachment accepted, in bytes (default 25 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxAttachmentBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>The largest article body accepted, in characters (default 1 MiB).</summary>
    [Range(1, int.MaxValue)]
    public int MaxBodyChars { get; set; } = 1024 * 1024;

    /// <summary>The largest HTTP request body accepted, in bytes (default 64 MiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBytes { get; set; } = 64L * 1024 * 1024;
}
