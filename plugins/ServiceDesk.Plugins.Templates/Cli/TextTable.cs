namespace ServiceDesk.Plugins.Templates.Cli;

/// <summary>Rows under a header, each column as wide as its widest cell, for people to read in a terminal.</summary>
public static class TextTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((title, column) => rows.Select(row => row[column].Length).Append(title.Length).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            // The last column is not padded: no line ends in spaces.
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, column) => column == row.Count - 1 ? cell : cell.PadRight(widths[column]))));
        }
    }
}
