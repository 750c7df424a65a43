using System.Globalization;

namespace ServiceDesk.Benchmarks;

/// <summary>Latency percentiles and throughput of one measured run.</summary>
public sealed record LatencyStats(int Count, double Seconds, double P50Ms, double P95Ms, double P99Ms, int Errors)
{
    public double PerSecond => Count / Seconds;

    public static LatencyStats From(IReadOnlyList<double> latenciesMs, double seconds, int errors)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new LatencyStats(sorted.Length, seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), errors);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} requests in {Seconds:F1} s = {PerSecond:F0}/s; p50 {P50Ms:F1} ms, p95 {P95Ms:F1} ms, p99 {P99Ms:F1} ms; errors {Errors}");

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
