namespace ServiceDesk.Plugins.Mail.Tests.OAuth;

/// <summary>A <see cref="TokenStore"/> of its own for each test.</summary>
public abstract class TokenStoreFixture
{
    protected TokenStore Store { get; private set; } = null!;

    [SetUp]
    public void CreateStore() => Store = new TokenStore();

    [TearDown]
    public void DeleteStore() => Store.Dispose();
}
