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

    public async Task<string> NextAsync(ServiceDeskDbContext db, CancellationToken cancellationToken)
    {
        var counter = await NextCounterAsync(db, cancellationToken);
        var settings = options.Value.TicketNumbers;
        var digits = counter.ToString(CultureInfo.InvariantCulture).PadLeft(settings.CounterDigits, '0');
        return settings.Format switch
        {
            TicketNumberFormat.Counter => settings.SystemId + digits,
            _ => clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture) + settings.SystemId + digits,
        };
    }

    private static async Task<long> NextCounterAsync(ServiceDeskDbContext db, CancellationToken cancellationToken)
    {
        var values = db.Provider == DatabaseProvider.Postgres
            ? db.Database.SqlQueryRaw<long>($"SELECT nextval('{PostgresSequence}') AS \"Value\"")
            : db.Database.SqlQueryRaw<long>(
                $"UPDATE \"Counters\" SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = '{CounterName}' RETURNING \"Value\"");
        var result = await values.ToListAsync(cancellationToken);
        return result.Count == 1
            ? result[0]
            : throw new InvalidOperationException("The ticket number counter is missing; run 'servicedesk db migrate'.");
    }
}
