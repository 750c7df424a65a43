namespace ServiceDesk.TestPlugins.Shared;

/// <summary>
/// Appends a line to the file a test reads. Jobs and handlers of one or two nodes write at the same time, and an
/// append through FileStream writes at the offset it found at opening, so without an exclusive lock (flock on
/// Unix) two appends can land on the same offset and one line is lost.
/// </summary>
internal static class RecordFile
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task AppendLineAsync(string path, string line, CancellationToken cancellationToken)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(line + "\n");
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None);
                await stream.WriteAsync(bytes, cancellationToken);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(5, cancellationToken);
            }
        }
    }
}
