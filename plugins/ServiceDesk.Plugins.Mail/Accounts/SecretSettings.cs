using System.Text.Json.Nodes;

namespace ServiceDesk.Plugins.Mail.Accounts;

/// <summary>
/// The secrets among an account's settings (in <see cref="AccountJson"/>'s form): those whose names say password, secret,
/// token or key, at any depth, as the host masks plugins' settings. A setting added to the account that holds a secret is
/// one by its name, and is kept protected and never shown without anything here knowing of it. They are write-only: an
/// answer says only whether each is set (<c>passwordSet</c>), and a request that leaves one out keeps it.
/// </summary>
public static class SecretSettings
{
    private const string SetSuffix = "Set";

    private static readonly string[] SecretWords = ["password", "secret", "token", "key"];

    public static bool IsSecret(string name) => SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Removes the secrets from <paramref name="json"/>, and returns them in the same shape.</summary>
    public static JsonObject Take(JsonObject json)
    {
        var secrets = new JsonObject();
        foreach (var (name, value) in json.ToList())
        {
            if (value is JsonObject nested)
            {
                secrets[name] = Take(nested);
            }
            else if (IsSecret(name))
            {
                json.Remove(name);
                secrets[name] = value;
            }
        }

        return secrets;
    }

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
    public static void RemoveFlags(JsonObject json)
    {
        foreach (var (name, value) in json.ToList())
        {
            if (value is JsonObject nested)
            {
                RemoveFlags(nested);
            }
            else if (name.EndsWith(SetSuffix, StringComparison.Ordinal) && IsSecret(name[..^SetSuffix.Length]))
            {
                json.Remove(name);
            }
        }
    }
}
