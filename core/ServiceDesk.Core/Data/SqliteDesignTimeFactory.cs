using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServiceDesk.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteServiceDeskDbContext>
{
    public SqliteServiceDeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteServiceDeskDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
