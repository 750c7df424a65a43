using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Questions asked at start with plain SQL on a context's connection: Entity Framework's first LINQ query in a process
/// costs about a quarter of a second of compilation, however small it is.
/// </summary>
public static class PlainSql
{
    /// <summary>The first column of the first row, or null; <paramref name="id"/> is bound as <c>@id</c> when given.</summary>
    public static async Task<object?> ScalarAsync(DbContext db, string sql, CancellationToken cancellationToken, string? id = null)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            if (id is not null)
            {
                var parameter = command.CreateParameter();
                (parameter.ParameterName, parameter.Value) = ("@id", id);
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<List<string>> StringsAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
