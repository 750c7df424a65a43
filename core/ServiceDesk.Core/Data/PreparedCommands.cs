using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Commands that stay prepared on their connection, so that SQLite parses their statements once per connection rather
/// than on every use (Microsoft.Data.Sqlite keeps a statement prepared only as long as its command lives). Meant for
/// the statements that SQLite's writer runs for every group of new tickets, on its long-lived connection.
/// </summary>
public static class PreparedCommands
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Commands = new();

    /// <summary>
    /// The command for <paramref name="sql"/> on the connection of the context's unit of work, enlisted in it, with the
    /// parameters of its last use.
    /// </summary>
    public static DbCommand For(DbContext db, string sql)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Prepared commands run inside a unit of work.");
        var connection = transaction.Connection!;
        // A connection serves one unit of work at a time, so its commands need no lock.
        var commands = Commands.GetValue(connection, _ => []);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>Sets a parameter to a plain value (a string or a number), for statements written by hand.</summary>
    public static DbCommand With(this DbCommand command, string name, object value)
    {
        if (!command.Parameters.Contains(name))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Parameters[name].Value = value;
        return command;
    }
}
