namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>A clock that stands still where the test puts it; its timers run in real time.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public DateTime UtcNow => Now.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => Now;
}
