using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Endpoints;
using ServiceDesk.Plugins.Mail.Filters;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Jobs;
using ServiceDesk.Plugins.Mail.OAuth;
using ServiceDesk.Plugins.Mail.Outbound;

namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// The email channel: reads the configured mailboxes on a schedule and turns each message into a ticket or a
/// follow-up, and sends agents' email replies through SMTP, and notices to the senders of rejected follow-ups.
/// </summary>
public sealed class MailPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        var settings = services.AddPluginSettings<MailSettings>(context);
        services.AddSingleton(new TicketNumberInSubject(settings.TicketNumberPrefix));
        services.AddPluginDbContext<MailDbContext>(context);
        services.AddScoped<MailQuarantine>();
        services.AddScoped<FilterReferences>();
        services.AddScoped<MailFilters>();
        services.AddScoped<FilterStore>();
        services.AddScoped<MessageImporter>();
        services.AddScoped<RejectedFollowUps>();
        services.AddScoped<ReplyComposer>();
        services.AddScoped<RejectionNoticeComposer>();
        services.AddScoped<SmtpSender>();
        services.AddScoped<AutomaticMailLimiter>();
        services.AddScoped<LoopProtection>();
        services.AddDomainEventHandler<ArticleAdded, OutgoingArticleHandler>();
        services.AddDelayedJob<RejectionNoticeJob, RejectionNoticeRequest>(context, "rejection-notice");
        services.AddSingleton<BatchImporter>();
        services.AddSingleton<MessageSizeLimit>();
        services.AddSingleton<MailboxReader>();
        services.AddSingleton<Pop3MailboxReader>();
        services.AddHttpClient(OAuthTokenClient.HttpClientName, http => http.Timeout = OAuthTokenClient.Timeout);
        services.AddSingleton<OAuthTokenClient>();
        services.AddSingleton<OAuthTokens>();
        services.AddScoped<OAuthConsents>();
        services.AddScoped<OAuthStatusReport>();
        if (settings.Accounts.Count > 0)
        {
            // Without mailboxes there is nothing to poll: no job runs, and none costs the idle service its memory.
            services.AddRecurringJob<MailPollJob>(context, "poll", settings.PollSchedule);
        }

        if (OAuthLogin.AllOf(settings).Count > 0)
        {
            services.AddRecurringJob<OAuthCheckJob>(context, "oauth-check", settings.OAuth2CheckSchedule);
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context)
    {
        QuarantineEndpoints.Map(endpoints);
        FilterEndpoints.Map(endpoints);
        OAuthEndpoints.Map(endpoints);
    }
}
