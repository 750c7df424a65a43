using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Runs a unit of work in one database transaction: all of it commits or none of it does. A unit of work started
/// inside another joins it, so operations compose (a reply that also changes the state is still one transaction).
/// </summary>
public sealed class WriteTransaction(ServiceDeskDbContext db, SqliteGroupCommit? sqliteGroupCommit = null)
{
    /// <summary>True inside a unit of work on this context: whatever is written now joins it.</summary>
    public bool InProgress => db.Database.CurrentTransaction is not null;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (InProgress)
        {
            return await work(cancellationToken);
        }

        if (sqliteGroupCommit is not null)
        {
            return await sqliteGroupCommit.RunAsync(db, work, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Saves a thing whose name must be unique. <paramref name="taken"/> gives the clear message in the common case;
    /// the unique index settles the race in which two requests take the same name at once, with the same answer (409).
    /// </summary>
    public async Task SaveUniqueAsync(Task<bool> taken, string conflict, CancellationToken cancellationToken)
    {
        if (await taken)
        {
            throw new ConflictException(conflict);
        }

        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            throw new ConflictException(conflict);
        }
    }

    /// <summary>Saves the tracked changes as one unit of work.</summary>
    public Task SaveChangesAsync(CancellationToken cancellationToken) => RunAsync(db.SaveChangesAsync, cancellationToken);

    public Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);
}
