using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ServiceDesk.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresServiceDeskDbContext>
{
    public PostgresServiceDeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresServiceDeskDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options);
}
