using ServiceDesk.Core.Security;

namespace ServiceDesk.Core.Tests.Security;

public sealed class PasswordHasherTests
{
    [Test]
    public void Hash_VerifiesTheSamePassword_AndRejectsAnother()
    {
        var hash = PasswordHasher.Hash("correct horse battery");

        Assert.Multiple(() =>
        {
            Assert.That(PasswordHasher.Verify("correct horse battery", hash), Is.True);
            Assert.That(PasswordHasher.Verify("correct horse batterY", hash), Is.False);
            Assert.That(hash, Does.StartWith("pbkdf2-sha512$210000$"));
            Assert.That(hash, Does.Not.Contain("correct"));
        });
    }

    [Test]
    public void Hash_SaltsEveryHash()
    {
        var first = PasswordHasher.Hash("same password");
        var second = PasswordHasher.Hash("same password");
        Assert.That(second, Is.Not.EqualTo(first));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("plain-text")]
    [TestCase("md5$1$abc$def")]
    public void Verify_RejectsMissingOrForeignHashes(string? stored)
    {
        Assert.That(PasswordHasher.Verify("anything", stored), Is.False);
    }

    [Test]
    public void AccessTokens_AreRandom_AndStoredOnlyAsHash()
    {
        var token = AccessTokens.NewToken();
        var hash = AccessTokens.HashOf(token);

        Assert.Multiple(() =>
        {
            Assert.That(token, Does.StartWith(AccessTokens.Prefix));
            Assert.That(token, Is.Not.EqualTo(AccessTokens.NewToken()));
            Assert.That(hash, Has.Length.EqualTo(64));
            Assert.That(hash, Is.EqualTo(AccessTokens.HashOf(token)));
        });
    }
}
