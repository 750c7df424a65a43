using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ServiceDesk.Core.Data;

namespace ServiceDesk.Host.Tests.Data;

/// <summary>
/// The compiled models (Data/CompiledModels, made by `dotnet ef dbcontext optimize` to spare a start half a second of
/// model building) are what the contexts use, and still describe the model the code builds: after a change to the
/// model, the test names what differs until the compiled models are made again.
/// </summary>
public sealed class CompiledModelTests
{
    public static IEnumerable<TestCaseData> Contexts()
    {
        yield return new TestCaseData((Func<ServiceDeskDbContext>)(() => new SqliteDesignTimeFactory().CreateDbContext([]))).SetArgDisplayNames("sqlite");
        yield return new TestCaseData((Func<ServiceDeskDbContext>)(() => new PostgresDesignTimeFactory().CreateDbContext([]))).SetArgDisplayNames("postgres");
    }

    [TestCaseSource(nameof(Contexts))]
    public void TheCompiledModel_IsInUse_AndMatchesTheModelTheCodeDescribes(Func<ServiceDeskDbContext> create)
    {
        using var context = create();
        var compiled = context.Model;
        var described = context.GetService<IDesignTimeModel>().Model;

        var inCompiled = Describe(compiled.GetRelationalModel());
        var inCode = Describe(described.GetRelationalModel());

        const string remedy = "the model changed: run `dotnet ef dbcontext optimize` for both contexts (see docs/architecture.md)";
        Assert.Multiple(() =>
        {
            Assert.That(compiled.GetType().Namespace, Does.StartWith("ServiceDesk.Core.Data.CompiledModels"));
            Assert.That(inCode.Except(inCompiled), Is.Empty, "in the code, not in the compiled model; " + remedy);
            Assert.That(inCompiled.Except(inCode), Is.Empty, "in the compiled model, not in the code; " + remedy);
            Assert.That(inCompiled, Has.Count.GreaterThan(200), "the description covers the whole model");
        });
    }

    // Every table's columns, keys, indexes and foreign keys, one line each: what queries and writes rely on.
    private static List<string> Describe(IRelationalModel model) =>
        model.Tables.SelectMany(table => table.Columns
                .Select(c => $"{table.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}")
                .Concat(table.UniqueConstraints.Select(k => $"{table.Name} key {k.Name} ({Names(k.Columns)})"))
                .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({Names(i.Columns)}) unique={i.IsUnique} filter={i.Filter}"))
                .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} foreign key {f.Name} ({Names(f.Columns)}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Names(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));
}
