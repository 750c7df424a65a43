using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Core.Data;

/// <summary>The core's tables on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgresServiceDeskDbContext(DbContextOptions<PostgresServiceDeskDbContext> options) : ServiceDeskDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
