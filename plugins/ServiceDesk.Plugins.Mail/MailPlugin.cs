using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Plugins.Mail.Accounts;
using ServiceDesk.Plugins.Mail.Cli;
using ServiceDesk.Plugins.Mail.Data;
using ServiceDesk.Plugins.Mail.Endpoints;
using ServiceDesk.Plugins.Mail.Filters;
using ServiceDesk.Plugins.Mail.Inbound;
using ServiceDesk.Plugins.Mail.Jobs;
using ServiceDesk.Plugins.Mail.OAuth;
using ServiceDesk.Plugins.Mail.Outbound;

namespace ServiceDesk.Plugins.Mail;

/// <summary>
/// The email channel: reads the mailboxes (configured, or kept by administrators through the API and the CLI) on a
/// schedule and turns each message into a ticket or a follow-up, and sends agents' email replies through SMTP, and
/// notices to the senders of rejected follow-ups.
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
        services.AddScoped<HtmlLayout>();
        services.AddScoped<OutboundMailComposer>();
        services.AddScoped<IOutboundMessages, EmailOutboundMessages>();
        services.AddDelayedJob<OutboundMailJob, OutboundMailRequest>(context, "outbound-mail");
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
        services.AddSingleton<AccountSecrets>();
        services.AddSingleton<AccountStatusLog>();
        services.AddScoped<MailAccounts>();
        services.AddScoped<MailAccountStore>();
        services.AddSingleton<AccountTest>();
        // Both registered without accounts (or OAuth2 logins) too, since administrators may add some at any time: a run
        // without any reads one small table and ends, and loads nothing of the mail libraries.
        services.AddRecurringJob<MailPollJob>(context, "poll", settings.PollSchedule);
        services.AddRecurringJob<OAuthCheckJob>(context, "oauth-check", settings.OAuth2CheckSchedule);

        services.AddPluginCommand(context, AccountCommand.Create());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context)
    {
        QuarantineEndpoints.Map(endpoints);
        FilterEndpoints.Map(endpoints);
        OAuthEndpoints.Map(endpoints);
        AccountEndpoints.Map(endpoints);
    }
}
