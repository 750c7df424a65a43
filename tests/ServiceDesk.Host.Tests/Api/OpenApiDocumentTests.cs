using System.Net;
using System.Text.Json;
using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Api;

public sealed class OpenApiDocumentTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Document_IsServedWithoutToken_AndDescribesPartialUpdatesByTheirValues()
    {
        var response = await Server.Anonymous().GetAsync("/api/v1/openapi.json");
        await ExpectAsync(response, HttpStatusCode.OK);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.Multiple(() =>
        {
            Assert.That(document.GetProperty("paths").TryGetProperty("/api/v1/tickets/{number}", out _), Is.True);
            Assert.That(schemas.GetProperty("OptionalOfstring").GetProperty("allOf")[0].GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(schemas.GetProperty("UpdateTicketCommand").GetProperty("properties").TryGetProperty("pendingUntil", out _), Is.True);
        });
    }
}
