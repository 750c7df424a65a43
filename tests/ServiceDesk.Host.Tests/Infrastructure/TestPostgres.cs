using Npgsql;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use, started by install/test.sh on a loopback port. Each test fixture gets a new,
/// empty database on it. Without the server the tests fail with the reason; they never skip.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "SERVICEDESK_TEST_POSTGRES";

    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Fail($"{Variable} is not set: run the tests with install/test.sh, which starts PostgreSQL on a loopback port " +
                "and sets it (e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres).");
        }

        var name = "servicedesk_test_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException error)
        {
            Assert.Fail($"PostgreSQL at '{admin}' ({Variable}) is not reachable: {error.Message}");
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}
