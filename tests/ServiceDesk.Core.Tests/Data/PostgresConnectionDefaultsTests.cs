using Npgsql;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Core.Tests.Data;

public sealed class PostgresConnectionDefaultsTests
{
    [Test]
    public void Apply_PreparesStatementsAutomatically_KeepingWhatTheAdministratorWrote()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db.example;Database=servicedesk;Username=sd;Password=s3cret;Timeout=30"));

        Assert.Multiple(() =>
        {
            Assert.That(applied.MaxAutoPrepare, Is.EqualTo(PostgresConnectionDefaults.MaxAutoPrepare));
            Assert.That(applied.Host, Is.EqualTo("db.example"));
            Assert.That(applied.Database, Is.EqualTo("servicedesk"));
            Assert.That(applied.Password, Is.EqualTo("s3cret"));
            Assert.That(applied.Timeout, Is.EqualTo(30));
        });
    }

    [TestCase("Host=db.example;Max Auto Prepare=0", 0)]
    [TestCase("Host=db.example;MaxAutoPrepare=20", 20)]
    [TestCase("Host=db.example;max auto prepare=7", 7)]
    public void Apply_LeavesAnAutoPreparationTheAdministratorSet(string given, int expected)
    {
        Assert.That(new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(given)).MaxAutoPrepare, Is.EqualTo(expected));
    }
}
