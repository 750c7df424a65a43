using Microsoft.EntityFrameworkCore;

namespace ServiceDesk.TestPlugins.Notes;

/// <summary>The plugin's own context, on the host's database.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("Notes_Entries");
            note.Property(n => n.Text).HasMaxLength(500);
        });
}
