using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Data;
using ServiceDesk.Abstractions.Events;
using ServiceDesk.Abstractions.Messaging;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Plugins.Templates.AutoResponses;
using ServiceDesk.Plugins.Templates.Cli;
using ServiceDesk.Plugins.Templates.Data;
using ServiceDesk.Plugins.Templates.Domain;
using ServiceDesk.Plugins.Templates.Endpoints;
using ServiceDesk.Plugins.Templates.Model;
using ServiceDesk.Plugins.Templates.Notifications;
using ServiceDesk.Plugins.Templates.Rendering;

namespace ServiceDesk.Plugins.Templates;

/// <summary>
/// Reply templates: canned answers that agents pick and edit, with the queue's salutation and signature, written in
/// Scriban by administrators, kept with every version, and rendered in a sandbox for the ticket's customer in their
/// language; automatic answers to customers' email, notifications to agents, agents' own signatures, and the email
/// layout of the active theme.
/// </summary>
public sealed class TemplatesPlugin : IServiceDeskPlugin
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        var settings = services.AddPluginSettings<TemplatesSettings>(context);
        services.AddPluginDbContext<TemplatesDbContext>(context);
        services.AddSingleton(new TemplateRenderer(settings.Limits));
        services.AddScoped<TemplateStore>();
        services.AddScoped<TemplateComposer>();
        services.AddScoped<TemplateReplies>();
        services.AddScoped<TicketModelBuilder>();
        services.AddScoped<ShippedTemplates>();
        services.AddScoped<TemplateChoice>();
        services.AddScoped<AgentProfiles>();
        services.AddScoped<IMessageLayout, TemplateLayout>();

        services.AddScoped<TemplateAutoResponses>();
        services.AddScoped<IAutoResponses>(provider => provider.GetRequiredService<TemplateAutoResponses>());
        services.AddScoped<AutoResponder>();
        services.AddDomainEventHandler<TicketCreated, NewTicketAutoResponse>();
        services.AddDomainEventHandler<ArticleAdded, FollowUpAutoResponse>();

        services.AddScoped<AgentNotifier>();
        services.AddDomainEventHandler<TicketCreated, NewTicketNotification>();
        services.AddDomainEventHandler<TicketOwnerChanged, AssignedNotification>();
        services.AddDomainEventHandler<ArticleAdded, CustomerAnsweredNotification>();
        services.AddDomainEventHandler<TicketPendingTimeReached, PendingReminderNotification>();

        foreach (var command in TemplateCommands.Create())
        {
            services.AddPluginCommand(context, command);
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints, PluginContext context)
    {
        TemplateEndpoints.Map(endpoints);
        TicketTemplateEndpoints.Map(endpoints);
        AgentProfileEndpoints.Map(endpoints);
    }
}
