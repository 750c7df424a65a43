using System.Diagnostics;
using System.Globalization;

using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Benchmarks;

/// <summary>The real `servicedesk serve` process (Release build) on a free loopback port, with its resident memory.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private int _stopped;

    private ServerProcess(Process process, Uri address, TimeSpan startTime)
    {
        _process = process;
        Address = address;
        StartTime = startTime;
    }

    public Uri Address { get; }

    /// <summary>From starting the process to its first successful /health answer (polled every 100 ms at most).</summary>
    public TimeSpan StartTime { get; }

    public static async Task<ServerProcess> StartAsync(string executable, string dataPath, IReadOnlyDictionary<string, string> settings)
    {
        var port = LoopbackPorts.Free();
        var address = new Uri($"http://127.0.0.1:{port}");

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { executable, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", dataPath })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        info.Environment["SERVICEDESK_ADMIN_PASSWORD"] = "benchmark-admin";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return new ServerProcess(process, address, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The server did not start within 120 seconds.");
    }

    /// <summary>Resident set size in MB, read from /proc.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024.0;
    }

    /// <summary>The processor time the process has used so far (user and system, all its threads).</summary>
    public TimeSpan ProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    // Stopped early by the benchmark (to start it again) and then again at the end of its scope: once is enough.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
