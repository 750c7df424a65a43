using System.Diagnostics;

namespace ServiceDesk.Benchmarks;

/// <summary>Runs a bounded number of requests with a fixed number of concurrent clients, within a time limit.</summary>
public static class LoadRunner
{
    public static async Task<LatencyStats> RunAsync(int requests, int clients, TimeSpan limit, Func<int, Task<bool>> request)
    {
        var latencies = new double[requests];
        var done = 0;
        var errors = 0;
        var next = -1;
        using var deadline = new CancellationTokenSource(limit);
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            int index;
            while (!deadline.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                var ok = await request(index);
                latencies[index] = watch.Elapsed.TotalMilliseconds;
                Interlocked.Increment(ref done);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        await Task.WhenAll(workers);
        total.Stop();
        return LatencyStats.From(latencies.Take(Math.Min(done, requests)).Where(l => l > 0).ToList(), total.Elapsed.TotalSeconds, errors);
    }
}
