using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Search;

namespace ServiceDesk.Benchmarks;

/// <summary>One benchmark run against one database provider; prints each figure as it is measured.</summary>
public sealed class Benchmark(BenchmarkOptions options)
{
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(20);
    private readonly string _dataPath = options.DataPath ?? Path.Combine(Path.GetTempPath(), "servicedesk-bench-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync();
        var executable = HostExecutable();
        Console.WriteLine($"# ServiceDesk benchmark: {options.Provider}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        try
        {
            await using var server = await ServerProcess.StartAsync(executable, _dataPath, settings);
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            Console.WriteLine(Invariant($"idle RSS after start: {server.ResidentMegabytes():F0} MB"));

            using var http = Client(server, await TokenAsync(executable, settings));
            var numbers = new string[options.Creates];
            // The JIT keeps optimising for the first seconds under load; the figures are of the steady state.
            await CreateAsync(http, 20_000, 4, new string[20_000], WarmUp);
            var single = await CreateAsync(http, Math.Min(2000, options.Creates), 1, numbers);
            Console.WriteLine($"create, 1 client:   {single}");

            var peak = 0.0;
            using var sampling = new CancellationTokenSource();
            var sampler = SampleAsync(server, v => peak = Math.Max(peak, v), sampling.Token);
            var parallel = await CreateAsync(http, options.Creates, 16, numbers);
            await sampling.CancelAsync();
            await sampler;
            Console.WriteLine($"create, 16 clients: {parallel}");
            Console.WriteLine(Invariant($"RSS under load (peak while creating): {peak:F0} MB"));

            var created = numbers.Where(n => n is not null).ToArray();
            var random = new Random(1);
            var fetch1 = await LoadRunner.RunAsync(Math.Min(2000, options.Fetches), 1, LoadLimit, _ => OkAsync(http.GetAsync("/api/v1/tickets/" + created[random.Next(created.Length)])));
            var fetch16 = await LoadRunner.RunAsync(options.Fetches, 16, LoadLimit, i => OkAsync(http.GetAsync("/api/v1/tickets/" + created[i % created.Length])));
            Console.WriteLine($"fetch, 1 client:    {fetch1}");
            Console.WriteLine($"fetch, 16 clients:  {fetch16}");

            foreach (var size in options.SearchSizes)
            {
                var watch = Stopwatch.StartNew();
                await new Seeder(() => Context(settings)).SeedAsync(size, cancellationToken);
                await IndexAsync(settings, cancellationToken);
                Console.WriteLine(Invariant($"seeded to {size:N0} tickets (3 articles each) in {watch.Elapsed.TotalSeconds:F0} s"));
                await SettleAsync(settings);
                Console.WriteLine(Invariant($"database size: {await DatabaseMegabytesAsync(settings) * 100_000 / size:F0} MB per 100k tickets"));
                var queries = new TextGenerator(size);
                var search = await LoadRunner.RunAsync(options.Searches, 1, LoadLimit, i =>
                    OkAsync(http.GetAsync("/api/v1/tickets?q=" + Uri.EscapeDataString(queries.Query(i)))));
                Console.WriteLine($"search at {size:N0} tickets, 1 client: {search}");
            }

            Console.WriteLine(Invariant($"idle RSS at the end: {server.ResidentMegabytes():F0} MB"));
            await server.DisposeAsync();
            await MeasureStartAsync(executable, settings);
            await MeasureEventDeliveryAsync(executable, settings);
        }
        finally
        {
            if (options.DataPath is null && Directory.Exists(_dataPath))
            {
                Directory.Delete(_dataPath, recursive: true);
            }
        }
    }

    // Two starts on the database as the run left it: the first after the files left the page cache less recently.
    private async Task MeasureStartAsync(string executable, IReadOnlyDictionary<string, string> settings)
    {
        var times = new List<double>();
        for (var i = 0; i < 2; i++)
        {
            await using var server = await ServerProcess.StartAsync(executable, _dataPath, settings);
            times.Add(server.StartTime.TotalSeconds);
        }

        Console.WriteLine(Invariant($"start to first /health answer, existing database: {times[0]:F2} s, then {times[1]:F2} s"));
    }

    // Events to a real plugin's handler (the Recorder test plugin, which appends a line per event to a file): tickets
    // created with 16 clients, and the time until every one of their events was handled.
    private async Task MeasureEventDeliveryAsync(string executable, IReadOnlyDictionary<string, string> settings)
    {
        var plugin = Directory.CreateDirectory(Path.Combine(_dataPath, "plugins", "recorder", "1.0.0")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "bench-plugins", "Recorder")))
        {
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)), overwrite: true);
        }

        var recorded = Path.Combine(_dataPath, "events.txt");
        var withRecorder = new Dictionary<string, string>(settings) { ["ServiceDesk:Plugins:recorder:File"] = recorded };
        await using var server = await ServerProcess.StartAsync(executable, _dataPath, withRecorder);
        using var http = Client(server, await TokenAsync(executable, withRecorder));
        // Warmed up as the creation above: the restarted server's code is not yet optimised by the JIT.
        var warmUp = await CreateAsync(http, 20_000, 4, new string[20_000], WarmUp);
        var before = await HandledAsync(recorded, warmUp.Count - warmUp.Errors);
        var watch = Stopwatch.StartNew();
        var created = await CreateAsync(http, options.Events, 16, new string[options.Events]);
        var createdIn = watch.Elapsed;
        var expected = created.Count - created.Errors;
        var handled = await HandledAsync(recorded, before + expected) - before;
        var all = watch.Elapsed;
        Console.WriteLine(Invariant(
            $"events to a plugin's handler, 16 clients creating tickets: {handled:N0} of {expected:N0} handled in {all.TotalSeconds:F1} s = {handled / all.TotalSeconds:F0}/s; tickets created at {created.PerSecond:F0}/s; the last handled {(all - createdIn).TotalMilliseconds:F0} ms after the last ticket"));
    }

    // The lines the Recorder has written, once there are `expected` or the load limit has passed.
    private static async Task<int> HandledAsync(string recorded, int expected)
    {
        var deadline = DateTime.UtcNow + LoadLimit;
        int handled;
        while ((handled = File.Exists(recorded) ? File.ReadLines(recorded).Count() : 0) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return handled;
    }

    private static async Task<LatencyStats> CreateAsync(HttpClient http, int count, int clients, string[] numbers, TimeSpan? limit = null)
    {
        // The bodies are serialized before the clock starts: the client shares the machine with the server, and its
        // work is not what is measured.
        var text = new TextGenerator(count * clients);
        var bodies = Enumerable.Range(0, count).Select(i => JsonSerializer.SerializeToUtf8Bytes(new
        {
            title = text.Sentence(5),
            queue = "Misc",
            customer = new { email = $"bench{i % 500}@example.com", name = "Bench User" },
            body = text.Sentence(60),
            priority = 1 + (i % 5),
        })).ToArray();
        return await LoadRunner.RunAsync(count, clients, limit ?? LoadLimit, async i =>
        {
            using var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/api/v1/tickets", content);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            numbers[i] = json.RootElement.GetProperty("summary").GetProperty("number").GetString()!;
            return true;
        });
    }

    private static async Task<bool> OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    private static async Task SampleAsync(ServerProcess server, Action<double> record, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                record(server.ResidentMegabytes());
                await Task.Delay(200, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the load.
        }
    }

    private static HttpClient Client(ServerProcess server, string token)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private async Task<string> TokenAsync(string executable, IReadOnlyDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { executable, "token", "create", "--user", "admin", "--data", _dataPath })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim().Split('\n').Last().Trim();
    }

    // A kept data folder keeps its database too, so a later run reuses the seeded tickets.
    private Task<Dictionary<string, string>> SettingsAsync() =>
        BenchmarkDatabase.SettingsAsync(
            options.Provider,
            options.PostgresAdminConnection,
            options.DataPath is null ? "servicedesk_bench_" + Guid.NewGuid().ToString("N")[..8] : "servicedesk_bench_kept");

    private ServiceDeskDbContext Context(IReadOnlyDictionary<string, string> settings) =>
        Services(settings).CreateScope().ServiceProvider.GetRequiredService<ServiceDeskDbContext>();

    private ServiceProvider Services(IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .AddInMemoryCollection([new("ServiceDesk:DataPath", _dataPath)])
            .Build();
        return new ServiceCollection().AddLogging().AddServiceDeskCore(configuration).BuildServiceProvider();
    }

    // SQLite adds new rows to its full-text index in batches after the writes; the seeded rows are indexed as part of
    // seeding, as the server would do in the background. PostgreSQL indexes as it writes.
    private async Task IndexAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        await using var services = Services(settings);
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<SqliteSearchIndexer>() is { } indexer)
        {
            await indexer.CatchUpAsync(cancellationToken);
        }
    }

    // After a bulk load PostgreSQL's autovacuum has not caught up yet: statistics are stale and GIN indexes hold
    // pending entries. A production database is measured after that work, so is this one. SQLite does no such
    // work in the background, so nothing is run for it.
    private async Task SettleAsync(IReadOnlyDictionary<string, string> settings)
    {
        await using var db = Context(settings);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE;");
        }
    }

    private async Task<double> DatabaseMegabytesAsync(IReadOnlyDictionary<string, string> settings)
    {
        await using var db = Context(settings);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var bytes = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
            return bytes / 1048576.0;
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        return new FileInfo(Path.Combine(_dataPath, "servicedesk.db")).Length / 1048576.0;
    }

    internal static string HostExecutable()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ServiceDesk.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "core", "ServiceDesk.Host", "bin", "Release", "net10.0", "servicedesk.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host in Release first: dotnet build -c Release", path);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
