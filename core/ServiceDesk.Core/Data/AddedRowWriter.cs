using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ServiceDesk.Core.Data;

/// <summary>
/// Inserts the entities added to a context, table by table, with one INSERT per table, prepared once
/// (<see cref="PreparedCommands"/>) and run once per row, instead of through SaveChanges, which builds a command for
/// every row and has SQLite parse a statement for each. On SQLite, in the process and behind one writer, that building
/// and parsing was most of the writer's time when tickets are created in groups. Keys the database generates are read
/// back, and the context then tracks the entities as saved. Not for PostgreSQL: a round trip per row costs more there
/// than the batch that SaveChanges sends.
/// </summary>
public static class AddedRowWriter
{
    private static readonly ConcurrentDictionary<(IEntityType Table, bool KeyGenerated), Statement> Statements = new();

    /// <summary>
    /// Inserts the added entities of each type in <paramref name="tables"/>, in that order (a table after the tables it
    /// refers to), inside the context's current transaction.
    /// </summary>
    public static async Task InsertAsync(DbContext db, IReadOnlyList<Type> tables, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToLookup(e => e.Metadata.ClrType);
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var table in tables)
        {
            if (added[table].ToList() is { Count: > 0 } entries)
            {
                await InsertAsync(db, sql, entries, cancellationToken);
            }
        }
    }

    private static async Task InsertAsync(DbContext db, ISqlGenerationHelper sql, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var statement = Statements.GetOrAdd((entries[0].Metadata, GeneratedKey(entries) is not null), Statement.Build, sql);
        var command = PreparedCommands.For(db, statement.Sql);
        foreach (var entry in entries)
        {
            var values = entry.CurrentValues;
            command.Parameters.Clear();
            foreach (var column in statement.Columns)
            {
                // SaveChanges would have written the row referred to first and filled in its key; here the caller
                // orders the tables, and a reference to a row not written yet is a mistake in that order.
                if (column.IsForeignKey && entry.Property(column.Property).IsTemporary)
                {
                    throw new InvalidOperationException(
                        $"A new {entry.Metadata.DisplayName()} row refers to a row that is not written yet ({column.Property.Name}): insert its table first.");
                }

                command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, values[column.Property], column.Property.IsNullable));
            }

            if (statement.GeneratedKey is not { } key)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                var value = await command.ExecuteScalarAsync(cancellationToken);
                entry.Property(key).CurrentValue = Convert.ChangeType(value, key.ClrType, CultureInfo.InvariantCulture);
            }

            entry.State = EntityState.Unchanged;
        }
    }

    // The key the database fills in for these rows, or null when they come with their keys (reserved ids, composite keys).
    private static IProperty? GeneratedKey(List<EntityEntry> entries)
    {
        var entityType = entries[0].Metadata;
        if (entityType.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key])
        {
            return null;
        }

        var temporary = entries.Count(e => e.Property(key).IsTemporary);
        return temporary == entries.Count ? key
            : temporary == 0 ? null
            : throw new InvalidOperationException($"Some new {entityType.DisplayName()} rows come with their keys and some without.");
    }

    /// <summary>The INSERT for the rows of one table, with or without the key the database generates.</summary>
    private sealed class Statement
    {
        public required string Sql { get; init; }

        public required IReadOnlyList<Column> Columns { get; init; }

        public IProperty? GeneratedKey { get; init; }

        public static Statement Build((IEntityType Table, bool KeyGenerated) what, ISqlGenerationHelper sql)
        {
            var (entityType, keyGenerated) = what;
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var generatedKey = keyGenerated ? entityType.FindPrimaryKey()!.Properties.Single() : null;
            var columns = entityType.GetProperties()
                .Where(p => p != generatedKey)
                .Select((p, i) => new Column(p, (RelationalTypeMapping)p.GetTypeMapping(), sql.GenerateParameterNamePlaceholder("p" + i), p.IsForeignKey()))
                .ToList();
            return new Statement
            {
                Sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                    $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) " +
                    $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter))})" +
                    (generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}"),
                Columns = columns,
                GeneratedKey = generatedKey,
            };
        }
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Parameter, bool IsForeignKey);
}
