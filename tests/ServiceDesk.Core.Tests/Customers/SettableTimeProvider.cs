namespace ServiceDesk.Core.Tests.Customers;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class SettableTimeProvider : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
