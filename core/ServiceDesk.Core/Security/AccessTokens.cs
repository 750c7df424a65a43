using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Core.Security;

/// <summary>
/// Bearer tokens: 32 random bytes, shown once. Only a SHA-256 is stored; a KDF is not needed for values with this
/// much entropy, and a plain hash keeps every API request cheap.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "sdt_";

    public static string NewToken() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
