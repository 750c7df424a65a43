using ServiceDesk.Core.Customers;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Customers;

public sealed class CustomerCacheTests
{
    private static readonly KnownCustomer Anna = new(7, "Anna@Example.com", 3, 12, "Anna", "Ivanova");

    [Test]
    public void KeptCustomer_IsFound_UntilItsLifetimeEnds()
    {
        var clock = new SettableTimeProvider();
        var cache = new CustomerCache(clock);

        cache.Keep("anna@example.com", Anna, cache.Version);
        var found = cache.Find("anna@example.com");
        clock.Now += ReferenceCache.Lifetime - TimeSpan.FromSeconds(1);
        var foundLater = cache.Find("anna@example.com");
        clock.Now += TimeSpan.FromSeconds(1);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(Anna));
            Assert.That(foundLater, Is.EqualTo(Anna));
            Assert.That(cache.Find("anna@example.com"), Is.Null, "expired");
            Assert.That(cache.Find("other@example.com"), Is.Null);
        });
    }

    [Test]
    public void ForgottenCustomer_IsNotFound_UnderTheOldOrTheNewAddress()
    {
        var cache = new CustomerCache(new SettableTimeProvider());
        cache.Keep("anna@example.com", Anna, cache.Version);
        cache.Keep("anna.new@example.com", Anna with { Email = "anna.new@example.com" }, cache.Version);

        cache.Forget("anna@example.com", "anna.new@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(cache.Find("anna@example.com"), Is.Null);
            Assert.That(cache.Find("anna.new@example.com"), Is.Null);
        });
    }

    [Test]
    public void RowReadBeforeAChange_IsNotKept()
    {
        var cache = new CustomerCache(new SettableTimeProvider());
        var versionAtRead = cache.Version;

        // A change commits and is forgotten while the (older) row is on its way from the database.
        cache.Forget("anna@example.com");
        cache.Keep("anna@example.com", Anna, versionAtRead);

        Assert.That(cache.Find("anna@example.com"), Is.Null);
    }

    [Test]
    public void FullCache_StartsAgainEmpty_InsteadOfGrowing()
    {
        var cache = new CustomerCache(new SettableTimeProvider());
        for (var i = 0; i < CustomerCache.Capacity; i++)
        {
            cache.Keep($"person{i}@example.com", Anna with { Id = i }, cache.Version);
        }

        cache.Keep("last@example.com", Anna, cache.Version);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Find("person0@example.com"), Is.Null);
            Assert.That(cache.Find("last@example.com"), Is.EqualTo(Anna));
        });
    }
}
