using Microsoft.EntityFrameworkCore;
using ServiceDesk.Abstractions.Data;

namespace ServiceDesk.Plugins.Templates.Data;

/// <summary>The templates plugin's own tables, on the service's database.</summary>
public sealed class TemplatesDbContext(DbContextOptions<TemplatesDbContext> options) : DbContext(options)
{
    public const int MaxNameLength = 100;

    public const int MaxChangedByLength = 100;

    public DbSet<StoredTemplate> Templates => Set<StoredTemplate>();

    public DbSet<TemplateVersion> Versions => Set<TemplateVersion>();

    public DbSet<AgentProfile> AgentProfiles => Set<AgentProfile>();

    // Times are read back as UTC, so that the API writes them with their "Z" on SQLite too.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UseUtcTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredTemplate>(template =>
        {
            template.ToTable("Templates_Templates");
            template.Property(t => t.Name).HasMaxLength(MaxNameLength);
            template.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
            template.Property(t => t.Definition).HasJsonConversion();
            template.Property(t => t.ChangedBy).HasMaxLength(MaxChangedByLength);
            template.Property(t => t.Version).IsConcurrencyToken();
            template.HasIndex(t => t.Name).IsUnique();
            template.HasIndex(t => t.Kind);
        });
        modelBuilder.Entity<AgentProfile>(profile =>
        {
            profile.ToTable("Templates_AgentProfiles");
            profile.HasKey(p => p.UserId);
            profile.Property(p => p.UserId).ValueGeneratedNever();
            profile.Property(p => p.Signature).HasMaxLength(AgentProfile.MaxSignatureLength);
            profile.Property(p => p.MyQueueIds).HasJsonConversion();
            profile.Property(p => p.MutedNotifications).HasJsonConversion();
        });
        modelBuilder.Entity<TemplateVersion>(version =>
        {
            version.ToTable("Templates_Versions");
            version.Property(v => v.Definition).HasJsonConversion();
            version.Property(v => v.ChangedBy).HasMaxLength(MaxChangedByLength);
            version.Property(v => v.Change).HasMaxLength(20);
            version.HasIndex(v => new { v.TemplateId, v.Version }).IsUnique();
            version.HasOne<StoredTemplate>().WithMany().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
