namespace ServiceDesk.Plugins.Mail.Outbound;

/// <summary>What an automatic mail was written for, as <see cref="AutomaticMailLimiter"/> counts it: an article, or a follow-up's rejection, which has no article.</summary>
/// <param name="ArticleId">The article; 0 for a notice.</param>
/// <param name="QuarantineId">The rejected follow-up's quarantine entry; 0 for an article's mail.</param>
public readonly record struct AutomaticMailSource(long ArticleId, long QuarantineId)
{
    public static AutomaticMailSource Article(long articleId) => new(articleId, 0);

    public static AutomaticMailSource Notice(long quarantineId) => new(0, quarantineId);
}
