using MailKit;
using MailKit.Net.Imap;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// Notices that a folder changed (new mail, or flags changed by someone else), also while the reader is busy importing:
/// the server may announce new mail in the answer to any command, and an IDLE begun after that would wait for the next.
/// </summary>
public sealed class FolderChanges : IDisposable
{
    private readonly IMailFolder _folder;
    private readonly Lock _lock = new();
    private bool _changed;
    private CancellationTokenSource? _idle;

    public FolderChanges(IMailFolder folder)
    {
        _folder = folder;
        folder.CountChanged += OnChanged;
        folder.MessageFlagsChanged += OnChanged;
    }

    /// <summary>Forgets the changes seen so far: called before the folder is searched, which sees them all.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _changed = false;
        }
    }

    /// <summary>Waits with IDLE until the folder changes or <paramref name="listenFor"/> is over; at once if it changed since <see cref="Reset"/>.</summary>
    public async Task IdleAsync(ImapClient client, TimeSpan listenFor, CancellationToken cancellationToken)
    {
        using var done = new CancellationTokenSource(listenFor);
        lock (_lock)
        {
            if (_changed)
            {
                return;
            }

            _idle = done;
        }

        try
        {
            await client.IdleAsync(done.Token, cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                _idle = null;
            }
        }
    }

    public void Dispose()
    {
        _folder.CountChanged -= OnChanged;
        _folder.MessageFlagsChanged -= OnChanged;
    }

    private void OnChanged(object? sender, EventArgs e)
    {
        lock (_lock)
        {
            _changed = true;
            _idle?.Cancel();
        }
    }
}
