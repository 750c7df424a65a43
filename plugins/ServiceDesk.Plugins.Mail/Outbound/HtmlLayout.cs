using ServiceDesk.Abstractions.Messaging;

namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// Dresses the HTML of outgoing mail in the layout a plugin offers (<see cref="IMessageLayout"/>: the templates plugin's,
/// from the active theme); HTML goes as it is when no plugin offers one.
/// </summary>
public sealed class HtmlLayout(IEnumerable<IMessageLayout> layouts)
{
    public async Task<string?> ApplyAsync(string? bodyHtml, MessageLayoutContext context, CancellationToken cancellationToken) =>
        bodyHtml is not null && layouts.FirstOrDefault() is { } layout ? await layout.WrapAsync(bodyHtml, context, cancellationToken) : bodyHtml;
}
