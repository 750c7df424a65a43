namespace ServiceDesk.Core.Domain;

/// <summary>A named counter, incremented inside transactions (ticket numbers on SQLite).</summary>
public sealed class Counter
{
    public string Name { get; set; } = "";

    public long Value { get; set; }
}
