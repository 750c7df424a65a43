using System.Security.Cryptography;

namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>Signs a package's checksum list with a publisher's private key, and checks it with their public key (PEM; ECDSA or RSA).</summary>
public static class PublisherKeys
{
    public static byte[] Sign(string privateKeyPem, byte[] data)
    {
        if (IsRsa(privateKeyPem))
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(privateKeyPem);
            return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(privateKeyPem);
        return ecdsa.SignData(data, HashAlgorithmName.SHA256);
    }

    public static bool Verify(string publicKeyPem, byte[] data, byte[] signature)
    {
        if (IsRsa(publicKeyPem))
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(publicKeyPem);
            return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(publicKeyPem);
        return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256);
    }

    // Public keys in PEM do not say their algorithm in the label ("PUBLIC KEY"); the key itself does.
    private static bool IsRsa(string pem)
    {
        if (pem.Contains("RSA PRIVATE KEY", StringComparison.Ordinal) || pem.Contains("RSA PUBLIC KEY", StringComparison.Ordinal))
        {
            return true;
        }

        if (pem.Contains("EC PRIVATE KEY", StringComparison.Ordinal))
        {
            return false;
        }

        using var probe = RSA.Create();
        try
        {
            probe.ImportFromPem(pem);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
