using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Data;

namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>The email channel's own tables, on the service's database.</summary>
public sealed class MailDbContext(DbContextOptions<MailDbContext> options) : DbContext(options)
{
    public const int MaxMessageIdLength = 998;

    /// <summary>The longest UIDL that RFC 1939 allows.</summary>
    public const int MaxUidlLength = 70;

    /// <summary>
    /// A message's name among the keys it is imported with: <c>mail-message:</c> and a SHA-256, or its place in the mailbox
    /// (<c>mail:</c> and a SHA-256, or <c>mail-pop3:</c>, an account's id and a UIDL).
    /// </summary>
    public const int MaxMessageKeyLength = 128;

    /// <summary>An OAuth2 login's name: <c>account:</c> and an account's id (at most 32 characters), or <c>smtp</c>.</summary>
    public const int MaxLoginLength = 64;

    public DbSet<SentMessage> SentMessages => Set<SentMessage>();

    public DbSet<ImportedMessage> ImportedMessages => Set<ImportedMessage>();

    public DbSet<QuarantinedMessage> Quarantine => Set<QuarantinedMessage>();

    public DbSet<RejectionNotice> RejectionNotices => Set<RejectionNotice>();

    public DbSet<BouncedAddress> BouncedAddresses => Set<BouncedAddress>();

    public DbSet<MailFilter> Filters => Set<MailFilter>();
    public DbSet<AutomaticMail> AutomaticMails => Set<AutomaticMail>();

    public DbSet<OutboundMail> OutboundMails => Set<OutboundMail>();

    public DbSet<OAuthToken> OAuthTokens => Set<OAuthToken>();

    public DbSet<OAuthConsent> OAuthConsents => Set<OAuthConsent>();

    public DbSet<StoredAccount> Accounts => Set<StoredAccount>();

    public DbSet<AccountStatus> AccountStatuses => Set<AccountStatus>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SentMessage>(sent =>
        {
            sent.ToTable("Mail_SentMessages");
            sent.HasKey(s => s.ArticleId);
            sent.Property(s => s.ArticleId).ValueGeneratedNever();
            sent.Property(s => s.TicketNumber).HasMaxLength(40);
            sent.Property(s => s.MessageId).HasMaxLength(MaxMessageIdLength);
        });
        modelBuilder.Entity<ImportedMessage>(imported =>
        {
            imported.ToTable("Mail_ImportedMessages");
            imported.Property(i => i.AccountId).HasMaxLength(32);
            imported.Property(i => i.Folder).HasMaxLength(500);
            imported.Property(i => i.Uidl).HasMaxLength(MaxUidlLength);
            imported.Property(i => i.TicketNumber).HasMaxLength(40);
            imported.Property(i => i.MessageId).HasMaxLength(MaxMessageIdLength);
            imported.HasIndex(i => new { i.AccountId, i.Folder, i.UidValidity, i.Uid, i.Uidl }).IsUnique();
            imported.HasIndex(i => i.MessageId);
            imported.HasIndex(i => i.ArticleId);
        });
        modelBuilder.Entity<QuarantinedMessage>(quarantined =>
        {
            quarantined.ToTable("Mail_Quarantine");
            quarantined.Property(q => q.AccountId).HasMaxLength(32);
            quarantined.Property(q => q.Folder).HasMaxLength(500);
            quarantined.Property(q => q.Uidl).HasMaxLength(MaxUidlLength);
            quarantined.Property(q => q.Subject).HasMaxLength(500);
            quarantined.Property(q => q.From).HasMaxLength(500);
            quarantined.Property(q => q.Reason).HasMaxLength(2000);
            quarantined.Property(q => q.TicketNumber).HasMaxLength(40);
            // Once per message in its mailbox, however often it is read again before the mailbox learns of it.
            quarantined.HasIndex(q => new { q.AccountId, q.Folder, q.UidValidity, q.Uid, q.Uidl }).IsUnique();
        });
        modelBuilder.Entity<RejectionNotice>(notice =>
        {
            notice.ToTable("Mail_RejectionNotices");
            notice.HasKey(n => n.QuarantineId);
            notice.HasOne(n => n.Quarantined).WithOne().HasForeignKey<RejectionNotice>(n => n.QuarantineId);
            notice.Property(n => n.MessageKey).HasMaxLength(MaxMessageKeyLength);
            notice.Property(n => n.TicketNumber).HasMaxLength(40);
            notice.Property(n => n.Recipient).HasMaxLength(254);
            notice.HasIndex(n => n.MessageKey).IsUnique();
        });
        modelBuilder.Entity<BouncedAddress>(bounced =>
        {
            bounced.ToTable("Mail_BouncedAddresses");
            bounced.HasKey(b => b.Address);
            bounced.Property(b => b.Address).HasMaxLength(254);
            bounced.Property(b => b.LastReason).HasMaxLength(2000);
        });
        modelBuilder.Entity<MailFilter>(filter =>
        {
            filter.ToTable("Mail_Filters");
            filter.Property(f => f.Name).HasMaxLength(MailFilter.MaxNameLength);
            filter.Property(f => f.Conditions).HasJsonConversion();
            filter.Property(f => f.Actions).HasJsonConversion();
            filter.HasIndex(f => f.Name).IsUnique();
        });
        modelBuilder.Entity<AutomaticMail>(automatic =>
        {
            automatic.ToTable("Mail_AutomaticMails");
            automatic.Property(a => a.Recipient).HasMaxLength(254);
            automatic.HasIndex(a => new { a.ArticleId, a.QuarantineId, a.OutboundId, a.Recipient }).IsUnique();
            automatic.HasIndex(a => new { a.Recipient, a.CountedAt });
            automatic.HasIndex(a => a.CountedAt);
        });
        modelBuilder.Entity<OutboundMail>(outbound =>
        {
            outbound.ToTable("Mail_OutboundMails");
            outbound.Property(o => o.Key).HasMaxLength(OutboundMail.MaxKeyLength);
            outbound.Property(o => o.Recipient).HasMaxLength(254);
            outbound.Property(o => o.RecipientName).HasMaxLength(200);
            outbound.Property(o => o.Subject).HasMaxLength(500);
            outbound.Property(o => o.TicketNumber).HasMaxLength(40);
            outbound.Property(o => o.Outcome).HasMaxLength(2000);
            outbound.HasIndex(o => o.Key).IsUnique();
        });
        modelBuilder.Entity<OAuthToken>(token =>
        {
            token.ToTable("Mail_OAuthTokens");
            token.HasKey(t => t.Login);
            token.Property(t => t.Login).HasMaxLength(MaxLoginLength);
            token.Property(t => t.LastError).HasMaxLength(2000);
            token.Property(t => t.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<OAuthConsent>(consent =>
        {
            consent.ToTable("Mail_OAuthConsents");
            consent.HasKey(c => c.StateHash);
            consent.Property(c => c.StateHash).HasMaxLength(64);
            consent.Property(c => c.Login).HasMaxLength(MaxLoginLength);
            consent.Property(c => c.CodeVerifier).HasMaxLength(128);
            consent.Property(c => c.RedirectUri).HasMaxLength(2000);
        });
        modelBuilder.Entity<StoredAccount>(account =>
        {
            account.ToTable("Mail_Accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).HasMaxLength(StoredAccount.MaxIdLength);
        });
        modelBuilder.Entity<AccountStatus>(status =>
        {
            status.ToTable("Mail_AccountStatus");
            status.HasKey(s => s.AccountId);
            status.Property(s => s.AccountId).HasMaxLength(StoredAccount.MaxIdLength);
            status.Property(s => s.LastError).HasMaxLength(AccountStatus.MaxErrorLength);
        });
    }
}
