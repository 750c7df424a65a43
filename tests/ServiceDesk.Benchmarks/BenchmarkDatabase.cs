using Npgsql;

namespace ServiceDesk.Benchmarks;

/// <summary>The server's database settings for a provider; for PostgreSQL, a database of the benchmark's own.</summary>
public static class BenchmarkDatabase
{
    /// <summary>
    /// The settings for <paramref name="provider"/> (sqlite or postgres). On PostgreSQL the database
    /// <paramref name="name"/> is created through <paramref name="adminConnection"/> unless it exists.
    /// </summary>
    public static async Task<Dictionary<string, string>> SettingsAsync(string provider, string? adminConnection, string name)
    {
        var settings = new Dictionary<string, string> { ["ServiceDesk:Database:Provider"] = provider };
        if (provider == "postgres")
        {
            var admin = adminConnection ?? throw new InvalidOperationException("--postgres CONNECTION is required for the postgres provider.");
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{name}'", connection);
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await command.ExecuteNonQueryAsync();
            }

            settings["ServiceDesk:Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        }

        return settings;
    }

    /// <summary>Drops a database that <see cref="SettingsAsync"/> created, once the server using it has stopped.</summary>
    public static async Task DropAsync(string provider, string? adminConnection, string name)
    {
        if (provider != "postgres")
        {
            return;
        }

        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
