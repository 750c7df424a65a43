using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Host.Cli;

/// <summary>servicedesk db migrate: brings the database to the current schema.</summary>
public static class DbCliCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending database migrations (they also run at every start).");
        migrate.TreatUnmatchedTokensAsErrors = false;
        migrate.SetAction((parseResult, cancellationToken) => CliRunner.RunAsync(parseResult, async (services, ct) =>
        {
            // The runner has migrated already; what is left to say is where the database stands.
            var db = services.GetRequiredService<ServiceDeskDbContext>();
            var applied = await db.Database.GetAppliedMigrationsAsync(ct);
            Console.WriteLine($"Database ({db.Provider}) is up to date: {applied.Count()} migrations applied, latest {applied.LastOrDefault()}.");
        }, cancellationToken));
        return new Command("db", "Database maintenance.") { migrate };
    }
}
