using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Abstractions.Customers;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Queues;
using ServiceDesk.Abstractions.Templates;
using ServiceDesk.Abstractions.Themes;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Data;
using ServiceDesk.Core.Events;
using ServiceDesk.Core.Jobs;
using ServiceDesk.Core.Plugins;
using ServiceDesk.Core.Queues;
using ServiceDesk.Core.Retention;
using ServiceDesk.Core.Search;
using ServiceDesk.Core.Security;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Templates;
using ServiceDesk.Core.Themes;
using ServiceDesk.Core.Tickets;
using ServiceDesk.Core.Users;

namespace ServiceDesk.Core;

/// <summary>Registers the core: options, the database of the configured provider and the domain services.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddServiceDeskCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceDeskOptions>()
            .Bind(configuration.GetSection(ServiceDeskOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceDeskOptions>, ServiceDeskOptionsValidator>();
        var options = configuration.GetSection(ServiceDeskOptions.SectionName).Get<ServiceDeskOptions>() ?? new ServiceDeskOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        AddDatabase(services, options);

        // Plugins protect the secrets they keep in the database with it (see SecretProtection); created at the first use.
        services.AddSingleton<IDataProtectionProvider>(provider => SecretProtection.Create(provider.GetRequiredService<IOptions<ServiceDeskOptions>>().Value.FullDataPath));
        services.AddSingleton<HtmlBodySanitizer>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<TicketNumberGenerator>();
        services.AddScoped<WriteTransaction>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<AccessTokenService>();
        services.AddScoped<ChangeRecorder>();
        services.AddSingleton<ReferenceCache>();
        services.AddScoped<ReferenceResolver>();
        services.AddScoped<TicketChanges>();
        services.AddScoped<TicketLoader>();
        services.AddScoped<ArticleWriter>();
        services.AddScoped<TicketCreator>();
        services.AddScoped<TicketWriter>();
        services.AddScoped<IdempotencyKeyStore>();
        services.AddSingleton<TicketCreationQueue>();
        services.AddScoped<TicketUpdater>();
        services.AddScoped<ArticleAdder>();
        services.AddScoped<TicketMerger>();
        services.AddScoped<TicketSearcher>();
        services.AddSingleton<CustomerCache>();
        services.AddScoped<CustomerDirectory>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<PendingTicketProcessor>();
        services.AddScoped<UserService>();

        services.AddScoped<ITicketService, TicketService>();
        services.AddScoped<ITicketSettingsService, TicketSettingsService>();
        services.AddScoped<IQueueService, QueueService>();
        services.AddScoped<IUserService>(provider => provider.GetRequiredService<UserService>());
        services.AddScoped<IGroupService, GroupService>();
        services.AddScoped<ICustomerService, CustomerService>();
        services.AddSingleton<EventHandlerCatalog>();
        services.AddSingleton<IPluginDatabase, PluginDatabase>();
        services.AddSingleton<PluginDataStartup>();
        services.AddSingleton<PluginRemoval>();
        services.AddSingleton<JobCatalog>();
        services.AddScoped<IJobScheduler, JobScheduler>();
        services.AddScoped<JobRunner>();
        services.AddScoped<JobService>();
        services.AddScoped<RetentionJob>();
        services.AddSingleton(new JobRegistration(RetentionJob.Name, typeof(RetentionJob), options.Retention.Schedule, null,
            (provider, _, job, cancellationToken) => provider.GetRequiredService<RetentionJob>().RunAsync(job, cancellationToken)));
        services.AddScoped<ITemplateVariables, TemplateVariables>();
        services.AddSingleton<UiContributions>();
        services.AddSingleton<IThemeFiles, ThemeChain>();
        services.AddScoped<EventDispatcher>();
        services.AddScoped<EventDeliveryService>();
        return services;
    }

    /// <summary>
    /// The connection string in use: the configured one (for PostgreSQL with <see cref="PostgresConnectionDefaults"/>),
    /// or servicedesk.db in the data directory.
    /// </summary>
    public static string ConnectionStringOf(ServiceDeskOptions options) =>
        options.Database.Provider == DatabaseProvider.Postgres
            ? PostgresConnectionDefaults.Apply(!string.IsNullOrWhiteSpace(options.Database.ConnectionString)
                ? options.Database.ConnectionString
                : throw new InvalidOperationException("ServiceDesk:Database:ConnectionString is required for PostgreSQL."))
            : !string.IsNullOrWhiteSpace(options.Database.ConnectionString)
                ? options.Database.ConnectionString
                : $"Data Source={Path.Combine(options.FullDataPath, "servicedesk.db")}";

    private static void AddDatabase(IServiceCollection services, ServiceDeskOptions options)
    {
        var connectionString = ConnectionStringOf(options);
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<ServiceDeskDbContext, PostgresServiceDeskDbContext>(db => db.UseNpgsql(connectionString));
            services.AddSingleton<ITicketTextSearch, PostgresTicketTextSearch>();
        }
        else
        {
            Directory.CreateDirectory(options.FullDataPath);
            SqliteConnectionSettings.ConfigureLibrary();
            services.AddSingleton(new SqliteConnectionSettings(connectionString));
            services.AddSingleton<SqliteGroupCommit>();
            services.AddHostedService<SqliteCheckpointJob>();
            services.AddDbContextPool<ServiceDeskDbContext, SqliteServiceDeskDbContext>(db =>
                db.UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()));
            services.AddScoped<ITicketTextSearch, SqliteTicketTextSearch>();
            services.AddScoped<SqliteSearchIndexer>();
            services.AddHostedService<SqliteSearchIndexJob>();
        }
    }
}
