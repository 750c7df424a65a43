using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Hands out ticket numbers. The counter never resets and comes from the database (a row updated inside the creating
/// transaction on SQLite, a sequence on PostgreSQL), so numbers stay unique when several server nodes create tickets
/// at once; the date in front only makes numbers readable.
/// </summary>
public sealed class TicketNumberGenerator(IOptions<ServiceDeskOptions> options, TimeProvider clock)
{
    public const string CounterName = "ticket-number";
    public const string PostgresSequence = "ticket_number_seq";

    /// <summary>Reserves <paramref name="count"/> consecutive numbers inside the caller's transaction.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(ServiceDeskDbContext db, int count, CancellationToken cancellationToken)
    {
        var counters = await NextCountersAsync(db, count, cancellationToken);
        var settings = options.Value.TicketNumbers;
        var prefix = settings.Format switch
        {
            TicketNumberFormat.Counter => settings.SystemId,
            _ => clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture) + settings.SystemId,
        };
        return counters.Select(c => prefix + c.ToString(CultureInfo.InvariantCulture).PadLeft(settings.CounterDigits, '0')).ToList();
    }

    private static async Task<IReadOnlyList<long>> NextCountersAsync(ServiceDeskDbContext db, int count, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var values = await db.Database
                .SqlQueryRaw<long>($"SELECT nextval('{PostgresSequence}') AS \"Value\" FROM generate_series(1, {{0}})", count)
                .ToListAsync(cancellationToken);
            return values.Order().ToList();
        }

        // One row update hands out the whole range: the last value of it comes back.
        var last = await PreparedCommands.For(db, $"""UPDATE "Counters" SET "Value" = "Value" + $count WHERE "Name" = '{CounterName}' RETURNING "Value" """)
            .With("$count", count)
            .ExecuteScalarAsync(cancellationToken);
        return last is long value
            ? Enumerable.Range(1, count).Select(i => value - count + i).ToList()
            : throw new InvalidOperationException("The ticket number counter is missing; run 'servicedesk db migrate'.");
    }
}
