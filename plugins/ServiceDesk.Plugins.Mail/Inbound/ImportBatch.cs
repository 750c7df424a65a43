using System.Collections.Concurrent;
using ServiceDesk.Plugins.Mail.Filters;

namespace ServiceDesk.Plugins.Mail.Inbound;

/// <summary>
/// The messages of one fetch, as they are imported: which ticket each Message-ID went to. A message that answers
/// another one of the same fetch (a customer's second mail a few seconds after the first) finds its ticket here, since
/// the record of imports is written only when the whole fetch is done. The postmaster filters and the helpdesk's own
/// addresses are read once for it.
/// </summary>
public sealed class ImportBatch(IReadOnlyList<CompiledFilter> filters, IReadOnlyList<string> ownAddresses)
{
    private readonly ConcurrentDictionary<string, string> _tickets = new(StringComparer.Ordinal);

    /// <summary>The postmaster filters that the fetch's messages go through.</summary>
    public IReadOnlyList<CompiledFilter> Filters => filters;

    /// <summary>The helpdesk's own addresses (<see cref="MailSettings.OwnAddresses"/>), which tell its mail coming back.</summary>
    public IReadOnlyList<string> OwnAddresses => ownAddresses;

    public void Add(ImportResult result)
    {
        if (result.TicketNumber is { } number && !string.IsNullOrWhiteSpace(result.MessageId))
        {
            _tickets.TryAdd(result.MessageId, number);
        }
    }

    /// <summary>The tickets that these Message-IDs went to, in the order given.</summary>
    public IEnumerable<string> TicketsOf(IEnumerable<string> messageIds) =>
        messageIds.Select(id => _tickets.GetValueOrDefault(id)).OfType<string>();
}
