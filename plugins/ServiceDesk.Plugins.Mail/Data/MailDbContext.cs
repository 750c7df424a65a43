using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.Plugins.Mail.Data;

/// <summary>The email channel's own tables, on the service's database.</summary>
public sealed class MailDbContext(DbContextOptions<MailDbContext> options) : DbContext(options)
{
    public const int MaxMessageIdLength = 998;

    public DbSet<SentMessage> SentMessages => Set<SentMessage>();

    public DbSet<ImportedMessage> ImportedMessages => Set<ImportedMessage>();

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
            imported.HasKey(i => i.ArticleId);
            imported.Property(i => i.ArticleId).ValueGeneratedNever();
            imported.Property(i => i.TicketNumber).HasMaxLength(40);
            imported.Property(i => i.MessageId).HasMaxLength(MaxMessageIdLength);
            imported.HasIndex(i => i.MessageId);
        });
    }
}
