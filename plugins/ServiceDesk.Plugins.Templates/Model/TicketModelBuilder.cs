using System.Globalization;
using Scriban.Runtime;
using ServiceDesk.Abstractions.Customers;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Abstractions.Templates;
using ServiceDesk.Abstractions.Tickets;
using ServiceDesk.Abstractions.Users;
using ServiceDesk.Plugins.Templates.Domain;

namespace ServiceDesk.Plugins.Templates.Model;

/// <summary>
/// The model of a template rendered for a customer of a ticket: <c>ticket</c>, <c>customer</c>, <c>agent</c> (who
/// writes, or is written to, with their own signature), <c>queue</c>, <c>article</c> (the customer's last message),
/// <c>now</c> and <c>plugins.{id}</c>. Names are as people wrote them; a customer without a name has empty names, never
/// the local part of their address. Dates are in the recipient's time zone (customers have the configured one), the
/// culture is their language's.
/// </summary>
public sealed class TicketModelBuilder(
    ITicketService tickets,
    ICustomerService customers,
    IUserService users,
    AgentProfiles profiles,
    ITemplateVariables variables,
    TemplatesSettings settings,
    TimeProvider clock)
{
    /// <param name="actor">Who renders: their permissions decide whether they may read the ticket.</param>
    /// <param name="number">The ticket.</param>
    /// <param name="agentId">The agent who writes, if one does.</param>
    /// <param name="language">A language asked for, instead of the customer's.</param>
    public async Task<RenderTarget> BuildAsync(Actor actor, string number, int? agentId, string? language, CancellationToken cancellationToken)
    {
        var agent = agentId is { } id ? await users.GetAsync(Actor.System, id, cancellationToken) : null;
        return await BuildAsync(actor, number, agent, language, settings.DefaultTimeZone, cancellationToken);
    }

    /// <summary>The model of a message to <paramref name="agent"/> about the ticket, in their language and time zone.</summary>
    public Task<RenderTarget> BuildForAgentAsync(string number, UserInfo agent, CancellationToken cancellationToken) =>
        BuildAsync(Actor.System, number, agent, agent.Language, agent.TimeZone ?? settings.DefaultTimeZone, cancellationToken);

    private async Task<RenderTarget> BuildAsync(
        Actor actor, string number, UserInfo? agent, string? language, string timeZone, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(actor, number, cancellationToken);
        var summary = ticket.Summary;
        var articles = await tickets.GetArticlesAsync(actor, number, cancellationToken);
        var customer = summary.CustomerUserId is { } customerId ? await customers.GetUserAsync(Actor.System, customerId, cancellationToken) : null;
        var company = customer?.CompanyId is { } companyId
            ? (await customers.ListCompaniesAsync(Actor.System, cancellationToken)).FirstOrDefault(c => c.Id == companyId)?.Name
            : null;
        var signature = agent is null ? "" : (await profiles.GetAsync(agent.Id, cancellationToken)).Signature;
        var chosen = Normalized(language) ?? Normalized(customer?.Language) ?? settings.DefaultLanguage;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(settings.DefaultTimeZone);
        DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).DateTime;

        var lastFromCustomer = articles.LastOrDefault(a => a.Direction == ArticleDirection.Incoming && a.VisibleToCustomer);
        var contributed = await variables.CollectAsync(new TemplateVariableContext(number, chosen), cancellationToken);
        var plugins = new ScriptObject();
        foreach (var (pluginId, value) in contributed)
        {
            plugins[pluginId] = ModelValues.From(value);
        }

        var model = new ScriptObject
        {
            ["ticket"] = new ScriptObject
            {
                ["number"] = summary.Number,
                ["title"] = summary.Title,
                ["state"] = summary.State,
                ["priority"] = summary.Priority.ToString(),
                ["queue"] = summary.Queue,
                ["created"] = Local(summary.CreatedAt),
                ["changed"] = Local(summary.ChangedAt),
                ["agent_url"] = $"{settings.PublicUrl.TrimEnd('/')}/agent/tickets/{Uri.EscapeDataString(summary.Number)}",
                ["portal_url"] = $"{settings.PublicUrl.TrimEnd('/')}/portal/requests/{Uri.EscapeDataString(summary.Number)}",
            },
            ["customer"] = new ScriptObject
            {
                ["full_name"] = PersonName.Join(customer?.FirstName, customer?.LastName) ?? "",
                ["first_name"] = customer?.FirstName ?? "",
                ["last_name"] = customer?.LastName ?? "",
                ["email"] = customer?.Email ?? summary.CustomerEmail ?? "",
                ["company"] = company ?? "",
                ["language"] = chosen,
            },
            ["agent"] = new ScriptObject
            {
                ["full_name"] = agent?.FullName ?? "",
                ["first_name"] = agent?.FirstName ?? "",
                ["last_name"] = agent?.LastName ?? "",
                ["email"] = agent?.Email ?? "",
                ["signature"] = signature,
            },
            ["queue"] = new ScriptObject { ["id"] = summary.QueueId, ["name"] = summary.Queue },
            ["article"] = new ScriptObject
            {
                ["subject"] = lastFromCustomer?.Subject ?? "",
                ["body"] = lastFromCustomer?.BodyText ?? "",
                ["quoted"] = Quoted(lastFromCustomer?.BodyText),
                ["from"] = lastFromCustomer?.From ?? "",
                ["created"] = lastFromCustomer is null ? null : Local(lastFromCustomer.CreatedAt),
            },
            ["now"] = Local(clock.GetUtcNow()),
            ["plugins"] = plugins,
        };
        return new RenderTarget(model, chosen, CultureOf(chosen), summary.QueueId);
    }

    // Each line of the customer's message, prefixed as mail programs quote.
    private static string Quoted(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Join("\n", text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? ">" : $"> {line}"));

    private static string? Normalized(string? language) => string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
