namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>
/// What an automatic mail was written for, as <see cref="AutomaticMailLimiter"/> counts it: an article, a follow-up's
/// rejection, or a message another plugin handed over; the last two have no article.
/// </summary>
/// <param name="ArticleId">The article; 0 for the others.</param>
/// <param name="QuarantineId">The rejected follow-up's quarantine entry; 0 for the others.</param>
/// <param name="OutboundId">The handed-over message; 0 for the others.</param>
public readonly record struct AutomaticMailSource(long ArticleId, long QuarantineId, long OutboundId)
{
    public static AutomaticMailSource Article(long articleId) => new(articleId, 0, 0);

    public static AutomaticMailSource Notice(long quarantineId) => new(0, quarantineId, 0);

    public static AutomaticMailSource Outbound(long outboundId) => new(0, 0, outboundId);
}
