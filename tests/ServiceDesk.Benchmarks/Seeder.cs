using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Benchmarks;

/// <summary>
/// Fills the database with tickets of three articles each, directly through the core's model (the API would take
/// hours for a million tickets). PostgreSQL indexes them as it writes; on SQLite the benchmark has them indexed after.
/// </summary>
public sealed class Seeder(Func<ServiceDeskDbContext> createContext)
{
    private const int Batch = 2000;
    private const int Customers = 1000;

    public async Task SeedAsync(int ticketsWanted, CancellationToken cancellationToken)
    {
        await using (var db = createContext())
        {
            var existing = await db.Tickets.CountAsync(cancellationToken);
            if (existing >= ticketsWanted)
            {
                return;
            }
        }

        var (queueId, stateId, customerIds) = await PrepareAsync(cancellationToken);
        var text = new TextGenerator(ticketsWanted);
        int count;
        await using (var db = createContext())
        {
            count = await db.Tickets.CountAsync(cancellationToken);
        }

        var start = DateTime.UtcNow.AddDays(-365);
        while (count < ticketsWanted)
        {
            await using var db = createContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var tickets = new List<Ticket>(Batch);
            for (var i = 0; i < Batch && count + i < ticketsWanted; i++)
            {
                var at = start.AddSeconds((count + i) * 30.0);
                tickets.Add(new Ticket
                {
                    Number = $"B{count + i:D9}",
                    Title = text.Sentence(5),
                    QueueId = queueId,
                    StateId = stateId,
                    Priority = TicketPriority.Normal,
                    CustomerUserId = customerIds[(count + i) % customerIds.Count],
                    CreatedAt = at,
                    ChangedAt = at,
                });
            }

            db.Tickets.AddRange(tickets);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var ticket in tickets)
            {
                for (var a = 0; a < 3; a++)
                {
                    db.Articles.Add(new Article
                    {
                        TicketId = ticket.Id,
                        Direction = a == 1 ? ArticleDirection.Outgoing : ArticleDirection.Incoming,
                        VisibleToCustomer = true,
                        Subject = ticket.Title,
                        BodyText = text.Sentence(40 + (int)(ticket.Id % 40)),
                        CreatedAt = ticket.CreatedAt.AddMinutes(a * 20),
                        AuthorName = "seed",
                    });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            count += tickets.Count;
            if (count % 100_000 == 0)
            {
                Console.WriteLine($"  seeded {count:N0} tickets");
            }
        }
    }

    private async Task<(int QueueId, int StateId, List<int> CustomerIds)> PrepareAsync(CancellationToken cancellationToken)
    {
        await using var db = createContext();
        var queueId = await db.Queues.Where(q => q.Name == "Misc").Select(q => q.Id).SingleAsync(cancellationToken);
        var stateId = await db.States.Where(s => s.Name == "open").Select(s => s.Id).SingleAsync(cancellationToken);
        var customers = await db.CustomerUsers.Where(c => c.Email.StartsWith("seed")).Select(c => c.Id).ToListAsync(cancellationToken);
        if (customers.Count == 0)
        {
            db.CustomerUsers.AddRange(Enumerable.Range(0, Customers).Select(i => new CustomerUser
            {
                Email = $"seed{i}@example.com",
                EmailKey = $"seed{i}@example.com",
                FirstName = "Seed",
                LastName = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CreatedAt = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync(cancellationToken);
            customers = await db.CustomerUsers.Where(c => c.Email.StartsWith("seed")).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        return (queueId, stateId, customers);
    }
}
