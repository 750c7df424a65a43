using MimeKit;
using ServiceDesk.Abstractions.Jobs;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// What the email plugin's end-to-end tests share besides <see cref="MailChannelFixture"/>: employees' messages, and the
/// tickets and articles they become.
/// </summary>
public static class MailChannel
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A message to the helpdesk, as an employee's mail program writes it.</summary>
    public static MimeMessage Message(string name, string address, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(name, address));
        message.To.Add(new MailboxAddress("Helpdesk", "helpdesk@corp.example"));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("corp.example");
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    public static async Task<TicketSummary> SingleTicketAsync(HttpClient client, string title) =>
        (await UntilAsync(() => TicketsAsync(client, title), t => t.Count >= 1)).Single();

    /// <summary>The tickets whose titles start with <paramref name="title"/>.</summary>
    public static async Task<IReadOnlyList<TicketSummary>> TicketsAsync(HttpClient client, string title) =>
        (await ApiTestBase.GetAsync<ServiceDesk.Abstractions.Paging.PagedResult<TicketSummary>>(client, "/api/v1/tickets?pageSize=100"))
            .Items.Where(t => t.Title.StartsWith(title, StringComparison.Ordinal)).ToList();

    public static Task<IReadOnlyList<ArticleDetails>> ArticlesAsync(HttpClient client, string number) =>
        ApiTestBase.GetAsync<IReadOnlyList<ArticleDetails>>(client, $"/api/v1/tickets/{number}/articles");

    /// <summary>The recurring job that reads the mailboxes, as administrators see it.</summary>
    public static async Task<RecurringJobInfo> PollJobAsync(HttpClient admin) =>
        (await ApiTestBase.GetAsync<List<RecurringJobInfo>>(admin, "/api/v1/jobs/recurring")).Single(j => j.Name == "mail:poll");

    public static Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done) => Eventually.UntilAsync(read, done, Patience);
}
