using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDesk.Abstractions.Paging;
using ServiceDesk.Abstractions.Tickets;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>
/// Runs every API test class once on SQLite and once on PostgreSQL, each on its own fresh database, with the
/// administrator's client ready.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public abstract class ApiTestBase(string provider)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected string Provider { get; } = provider;

    protected ServiceDeskServer Server { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        Server = await ServiceDeskServer.StartAsync(Provider);
        Admin = await Server.AgentAsync("admin");
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
    }

    public static async Task<TicketDetails> CreateTicketAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", body, Json);
        await ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<TicketDetails>(Json))!;
    }

    public static async Task<ArticleDetails> AddArticleAsync(HttpClient client, string number, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/tickets/{number}/articles", body, Json);
        await ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ArticleDetails>(Json))!;
    }

    public static object NewTicket(string title, string email = "ivan.petrov@example.com", string queue = "Misc", string body = "Please help.") =>
        new { title, queue, customer = new { email, name = "Иван Петров" }, body };

    public static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>The numbers of the tickets that a full-text search for <paramref name="text"/> finds.</summary>
    public static async Task<IReadOnlyList<string>> SearchNumbersAsync(HttpClient client, string text)
    {
        var found = await GetAsync<PagedResult<TicketSummary>>(client, "/api/v1/tickets?q=" + Uri.EscapeDataString(text));
        return found.Items.Select(t => t.Number).ToList();
    }

    /// <summary>Asserts the status, showing the body when it differs (a problem document says why).</summary>
    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            Assert.Fail($"Expected {(int)status} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Reads a problem document and returns its field errors.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        await ExpectAsync(response, status);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }
}
