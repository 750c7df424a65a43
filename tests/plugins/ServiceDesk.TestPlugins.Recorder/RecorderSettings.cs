using ServiceDesk.TestPlugins.Shared;

namespace ServiceDesk.TestPlugins.Recorder;

/// <summary>Where the recorder writes, how slow it is, and how slow its slow handler is.</summary>
public sealed record RecorderSettings(string File, int DelayMs, int SlowMs)
{
    /// <summary>Appends one line: who handled which event, on which attempt.</summary>
    public Task WriteAsync(string handler, long eventId, string ticketNumber, int attempt, CancellationToken cancellationToken) =>
        RecordFile.AppendLineAsync(File, $"{handler} {eventId} {ticketNumber} {attempt}", cancellationToken);
}
