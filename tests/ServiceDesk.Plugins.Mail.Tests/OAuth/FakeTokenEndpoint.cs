using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>
/// A provider's token endpoint, in process: records each request's form, and answers as the test says (by default, new
/// tokens with a rotated refresh token, after a pause long enough for callers to meet).
/// </summary>
public sealed class FakeTokenEndpoint : HttpMessageHandler, IHttpClientFactory
{
    private int _issued;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Requests { get; } = new();

    /// <summary>The answer to a request's form: status and JSON body.</summary>
    public Func<IReadOnlyDictionary<string, string>, (HttpStatusCode Status, string Json)> Answer { get; set; }

    public FakeTokenEndpoint() => Answer = _ => Tokens();

    /// <summary>New tokens: access-{n}, and the rotated refresh-{n}, as the n-th answer of the endpoint.</summary>
    public (HttpStatusCode, string) Tokens(bool rotate = true, long? refreshTokenExpiresIn = null)
    {
        var n = Interlocked.Increment(ref _issued);
        var refresh = rotate ? $", \"refresh_token\": \"refresh-{n}\"" : "";
        var expiry = refreshTokenExpiresIn is { } seconds ? $", \"refresh_token_expires_in\": {seconds}" : "";
        return (HttpStatusCode.OK, $"{{\"access_token\": \"access-{n}\", \"token_type\": \"Bearer\", \"expires_in\": 3600{refresh}{expiry}}}");
    }

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = (await request.Content!.ReadAsStringAsync(cancellationToken)).Split('&')
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
        Requests.Enqueue(form);
        await Task.Delay(100, cancellationToken);
        var (status, json) = Answer(form);
        return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
