using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Plugins.Mail.OAuth;

/// <summary>The random values of a consent (its state, the PKCE verifier) and what is derived from them (RFC 7636).</summary>
public static class OAuthSecrets
{
    /// <summary>256 random bits, base64url: as a PKCE verifier, 43 characters of the allowed ones.</summary>
    public static string NewRandom() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The S256 code challenge of a verifier.</summary>
    public static string ChallengeOf(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>What is stored of a state: enough to recognise it, of no use to complete a consent with.</summary>
    public static string HashOf(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
}
