namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>The real clock moved forward, so that tests can reach a pending time without waiting for it.</summary>
public sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
}
