using System.Text.Json;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>
/// Asks a provider's token endpoint for tokens (RFC 6749): for a consent's code (with its PKCE verifier), or for new
/// ones in exchange for a refresh token. The client authenticates with its secret in the form, which Microsoft and
/// Google take, or, as a public client, with none.
/// </summary>
public sealed class OAuthTokenClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "mail-oauth";

    // Numbers sent as strings too ("expires_in": "3599"), as some endpoints write them.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How long a token request may take; less than the claim a node holds on a login while it renews (see <see cref="OAuthTokens"/>).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public Task<TokenResponse> RedeemCodeAsync(OAuthLogin login, string code, string codeVerifier, string redirectUri, CancellationToken cancellationToken) =>
        RequestAsync(login, "redeem the consent's code",
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri), new("code_verifier", codeVerifier)],
            cancellationToken);

    public Task<TokenResponse> RefreshAsync(OAuthLogin login, string refreshToken, CancellationToken cancellationToken)
    {
        List<KeyValuePair<string, string>> form = [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)];
        if (login.Settings.ScopesOnRefresh)
        {
            form.Add(new("scope", string.Join(' ', login.Settings.EffectiveScopes)));
        }

        return RequestAsync(login, "renew the tokens", form, cancellationToken);
    }

    private async Task<TokenResponse> RequestAsync(OAuthLogin login, string what, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        form.Add(new("client_id", login.Settings.ClientId));
        if (!string.IsNullOrEmpty(login.Settings.ClientSecret))
        {
            form.Add(new("client_secret", login.Settings.ClientSecret));
        }

        var endpoint = login.Settings.EffectiveTokenUrl;
        using var content = new FormUrlEncodedContent(form);
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint, content, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw new OAuthTokenException($"The token endpoint {endpoint} could not be reached to {what}: {error.Message}", inner: error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OAuthTokenException($"The token endpoint {endpoint} did not answer within {Timeout.TotalSeconds} s to {what}.", inner: error);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                var tokens = await ReadAsync<TokenResponse>(response, cancellationToken);
                return tokens?.AccessToken is { Length: > 0 }
                    ? tokens
                    : throw new OAuthTokenException($"The token endpoint {endpoint} answered without an access token when asked to {what}.");
            }

            var refusal = await ReadAsync<JsonElement>(response, cancellationToken);
            var error = Text(refusal, "error");
            var description = Text(refusal, "error_description");
            throw new OAuthTokenException(
                $"The provider refused to {what}: {error ?? $"HTTP {(int)response.StatusCode}"}{(description is null ? "" : $" ({description})")}.", error);
        }
    }

    // The body as JSON, or default when it is none (a proxy's error page, say): the status then tells what happened.
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(cancellationToken), Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
