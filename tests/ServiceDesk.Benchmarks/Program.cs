using System.CommandLine;
using ServiceDesk.Benchmarks;

var provider = new Option<string>("--provider") { Description = "sqlite or postgres.", DefaultValueFactory = _ => "sqlite" };
var postgres = new Option<string?>("--postgres") { Description = "Admin connection string of a PostgreSQL server (a new database is created on it)." };
var sizes = new Option<int[]>("--search-sizes") { Description = "Ticket counts to seed and search at.", DefaultValueFactory = _ => [100_000, 1_000_000], AllowMultipleArgumentsPerToken = true };
var creates = new Option<int>("--creates") { Description = "Tickets created through the API with 16 clients.", DefaultValueFactory = _ => 10_000 };
var fetches = new Option<int>("--fetches") { Description = "Ticket fetches with 16 clients.", DefaultValueFactory = _ => 10_000 };
var searches = new Option<int>("--searches") { Description = "Searches per size, one client.", DefaultValueFactory = _ => 400 };
var events = new Option<int>("--events") { Description = "Tickets created with a plugin's event handler installed, to measure event delivery.", DefaultValueFactory = _ => 5_000 };
var mailMessages = new Option<int>("--mail-messages") { Description = "Measure only the email channel's import of this many messages from a private Dovecot (e.g. 10000)." };
var data = new Option<string?>("--data") { Description = "Keep the data here and reuse it in later runs (seeding a million tickets takes a while); a fresh temporary folder when absent." };

var root = new RootCommand("Measures ServiceDesk: ticket creation, fetch, full-text search, database size, memory, start time and event delivery.")
{
    provider, postgres, sizes, creates, fetches, searches, events, mailMessages, data,
};
root.SetAction(async (parseResult, cancellationToken) =>
{
    var postgresAdmin = parseResult.GetValue(postgres) ?? Environment.GetEnvironmentVariable("SERVICEDESK_TEST_POSTGRES");
    if (parseResult.GetValue(mailMessages) is > 0 and var count)
    {
        await new MailBenchmark(count, parseResult.GetValue(provider)!, postgresAdmin).RunAsync(cancellationToken);
        return 0;
    }

    var options = new BenchmarkOptions(
        parseResult.GetValue(provider)!,
        postgresAdmin,
        parseResult.GetValue(sizes)!,
        parseResult.GetValue(creates),
        parseResult.GetValue(fetches),
        parseResult.GetValue(searches),
        parseResult.GetValue(events),
        parseResult.GetValue(data));
    await new Benchmark(options).RunAsync(cancellationToken);
    return 0;
});
return await root.Parse(args).InvokeAsync();
