namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>Waits for what background work brings about: reads again until it holds, and fails the test when it does not in time.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"not within {patience.TotalSeconds} s; last seen: {value}");
            await Task.Delay(100);
        }
    }
}
