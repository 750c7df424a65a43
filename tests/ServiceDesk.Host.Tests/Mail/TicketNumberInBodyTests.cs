using ServiceDesk.Host.Tests.Infrastructure;
using static ServiceDesk.Host.Tests.Infrastructure.MailChannel;

namespace ServiceDesk.Host.Tests.Mail;

/// <summary>
/// With <c>TicketNumberInBody</c>, an answer whose subject lost the ticket number, and that answers none of our messages,
/// finds its ticket by the number quoted in its text; without it, it opens a new ticket.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class TicketNumberInBodyTests(string provider) : MailChannelFixture(provider)
{
    [TestCase(true, 1)]
    [TestCase(false, 2)]
    public async Task ANumberInTheText_FindsTheTicket_OnlyWhenTheSettingIsOn(bool on, int tickets)
    {
        await using var server = await StartServerAsync(new Dictionary<string, string?> { ["ServiceDesk:Plugins:mail:TicketNumberInBody"] = on ? "true" : "false" });
        using var admin = await server.AgentAsync("admin");
        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "VPN drops", "Every hour."));
        var ticket = await SingleTicketAsync(admin, "VPN drops");

        await Mail.SendAsync(Message("Ivan Petrov", "ivan@corp.example", "VPN again", $"Still dropping.\n\n> [Ticket#{ticket.Number}] VPN drops"));
        await UntilAsync(async () => on ? (await ArticlesAsync(admin, ticket.Number)).Count : (await TicketsAsync(admin, "VPN again")).Count, n => n == (on ? 2 : 1));

        Assert.That(await TicketsAsync(admin, "VPN"), Has.Count.EqualTo(tickets));
    }
}
