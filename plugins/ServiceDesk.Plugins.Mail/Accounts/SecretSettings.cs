using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// The secrets among an account's settings (in <see cref="AccountJson"/>'s form): those marked <see cref="SecretAttribute"/>,
/// at any depth (<c>password</c>, <c>oauth2.clientSecret</c>). A setting added to the account that holds a secret is
/// marked so, and is then kept protected and never shown without anything here knowing of it. They are write-only: an
/// answer says only whether each is set (<c>passwordSet</c>), and a request that leaves one out keeps it.
/// </summary>
public static class SecretSettings
{
    private const string SetSuffix = "Set";

    public static bool IsSecret(JsonPropertyInfo setting) => setting.AttributeProvider?.IsDefined(typeof(SecretAttribute), inherit: false) == true;

    /// <summary>Removes the secrets from <paramref name="json"/>, and returns them in the same shape.</summary>
    public static JsonObject Take(JsonObject json) => Take(json, AccountJson.Contract);

    /// <summary>
    /// Puts the <paramref name="secrets"/> that <paramref name="json"/> leaves out (or sets to null) into it, in the objects
    /// it has: a request that does not send a password keeps the one saved.
    /// </summary>
    public static void Keep(JsonObject json, JsonObject secrets)
    {
        foreach (var (name, value) in secrets)
        {
            if (value is JsonObject nested)
            {
                if (json[name] is JsonObject inner)
                {
                    Keep(inner, nested);
                }
            }
            else if (json[name] is null)
            {
                json[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>Says in <paramref name="json"/> which <paramref name="secrets"/> are set: <c>"passwordSet": true</c>.</summary>
    public static void Flag(JsonObject json, JsonObject secrets)
    {
        foreach (var (name, value) in secrets)
        {
            if (value is JsonObject nested)
            {
                if (json[name] is JsonObject inner)
                {
                    Flag(inner, nested);
                }
            }
            else
            {
                json[name + SetSuffix] = value is JsonValue secret && secret.TryGetValue<string>(out var text) && text.Length > 0;
            }
        }
    }

    /// <summary>Removes the flags that <see cref="Flag"/> wrote, so that an answer sent back as a request is one.</summary>
    public static void RemoveFlags(JsonObject json) => RemoveFlags(json, AccountJson.Contract);

    private static JsonObject Take(JsonObject json, JsonTypeInfo type)
    {
        var secrets = new JsonObject();
        foreach (var (name, value) in json.ToList())
        {
            // Names as the JSON writes them: AccountJson.Check has put each request's there.
            var setting = AccountJson.PropertyOf(type, name);
            if (setting is null)
            {
                continue;
            }

            if (value is JsonObject nested && AccountJson.ObjectType(setting.PropertyType) is { } nestedType)
            {
                secrets[name] = Take(nested, nestedType);
            }
            else if (IsSecret(setting))
            {
                json.Remove(name);
                secrets[name] = value;
            }
        }

        return secrets;
    }

    private static void RemoveFlags(JsonObject json, JsonTypeInfo type)
    {
        foreach (var (name, value) in json.ToList())
        {
            if (value is JsonObject nested && AccountJson.PropertyOf(type, name) is { } setting && AccountJson.ObjectType(setting.PropertyType) is { } nestedType)
            {
                RemoveFlags(nested, nestedType);
            }
            else if (name.EndsWith(SetSuffix, StringComparison.Ordinal) && AccountJson.PropertyOf(type, name[..^SetSuffix.Length]) is { } flagged && IsSecret(flagged))
            {
                json.Remove(name);
            }
        }
    }
}
