using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Core.Data.Model;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Data;

/// <summary>
/// The core's tables. Each database provider has a derived context of its own, so that each keeps its own migrations
/// (the SQL differs: full-text search, sequences, triggers) while the services see one model.
/// </summary>
public abstract class ServiceDeskDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<TicketState> States => Set<TicketState>();

    public DbSet<TicketTag> TicketTags => Set<TicketTag>();

    public DbSet<TicketLink> TicketLinks => Set<TicketLink>();

    public DbSet<TicketFieldValue> TicketFieldValues => Set<TicketFieldValue>();

    public DbSet<CustomField> CustomFields => Set<CustomField>();

    public DbSet<Queue> Queues => Set<Queue>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<User> Users => Set<User>();

    public DbSet<UserGroupPermission> UserGroupPermissions => Set<UserGroupPermission>();

    public DbSet<RoleGroupPermission> RoleGroupPermissions => Set<RoleGroupPermission>();

    public DbSet<UserRole> UserRoles => Set<UserRole>();

    public DbSet<CustomerUser> CustomerUsers => Set<CustomerUser>();

    public DbSet<CustomerCompany> CustomerCompanies => Set<CustomerCompany>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();

    public DbSet<EventDelivery> EventDeliveries => Set<EventDelivery>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<PluginInstallation> PluginInstallations => Set<PluginInstallation>();

    public DbSet<RecurringJob> RecurringJobs => Set<RecurringJob>();

    public DbSet<DelayedJob> DelayedJobs => Set<DelayedJob>();

    /// <summary>The provider behind this context, for the few places where SQL differs.</summary>
    public abstract DatabaseProvider Provider { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UseUtcTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        TicketModel.Configure(modelBuilder);
        ArticleModel.Configure(modelBuilder);
        QueueModel.Configure(modelBuilder);
        UserModel.Configure(modelBuilder);
        CustomerModel.Configure(modelBuilder);
        InfrastructureModel.Configure(modelBuilder);
    }
}
