namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>The real clock moved forward, so that tests can reach a pending time without waiting for it.</summary>
public sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
{
    /// <summary>How far ahead of the real clock this one is; a test may move it on.</summary>
    public TimeSpan Shift { get; set; } = shift;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
