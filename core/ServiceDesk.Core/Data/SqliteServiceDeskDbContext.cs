using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Core.Data;

/// <summary>The core's tables on SQLite, with the SQLite migrations.</summary>
public sealed class SqliteServiceDeskDbContext(DbContextOptions<SqliteServiceDeskDbContext> options) : ServiceDeskDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
