using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Domain;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Data.Model;

/// <summary>Tables of ticket history, idempotency keys, the event outbox, counters, the plugins' installations and durable jobs.</summary>
internal static class InfrastructureModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HistoryEntry>(entry =>
        {
            entry.ToTable("History");
            entry.Property(h => h.Type).HasMaxLength(64);
            entry.Property(h => h.ActorName).HasMaxLength(200);
            entry.Property(h => h.Field).HasMaxLength(100);
            entry.HasOne<Ticket>().WithMany().HasForeignKey(h => h.TicketId).OnDelete(DeleteBehavior.Restrict);
            entry.HasIndex(h => h.TicketId);
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("Outbox");
            message.Property(m => m.EventType).HasMaxLength(200);
            // Only the events not taken up yet: taking one up drops it from the index instead of moving it within.
            message.HasIndex(m => m.Id).HasFilter("\"DispatchedAt\" IS NULL").HasDatabaseName("IX_Outbox_NotDispatched");
        });

        modelBuilder.Entity<EventDelivery>(delivery =>
        {
            delivery.Property(d => d.Handler).HasMaxLength(300);
            delivery.Property(d => d.FinishedAt).HasColumnName("DeliveredAt");
            delivery.Property(d => d.LastError).HasMaxLength(4000);
            delivery.HasOne(d => d.OutboxMessage).WithMany().HasForeignKey(d => d.OutboxMessageId).OnDelete(DeleteBehavior.Restrict);
            // One delivery per event and handler, even when two nodes take up the same event at once.
            delivery.HasIndex(d => new { d.OutboxMessageId, d.Handler }).IsUnique();
            // Only what is still to be delivered: the dispatcher's query stays small however many were delivered.
            delivery.HasIndex(d => d.NextAttemptAt).HasFilter("\"DeliveredAt\" IS NULL AND \"GaveUpAt\" IS NULL");
        });

        modelBuilder.Entity<IdempotencyKey>(key =>
        {
            key.HasKey(k => k.Key);
            key.Property(k => k.Key).HasMaxLength(IdempotencyKeyStore.MaxLength);
            key.HasOne(k => k.Article).WithMany().HasForeignKey(k => k.ArticleId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PluginInstallation>(installation =>
        {
            installation.HasKey(i => i.PluginId);
            installation.Property(i => i.PluginId).HasMaxLength(64);
            installation.Property(i => i.Version).HasMaxLength(100);
        });

        modelBuilder.Entity<RecurringJob>(job =>
        {
            job.HasKey(j => j.Name);
            job.Property(j => j.Name).HasMaxLength(200);
            job.Property(j => j.Cron).HasMaxLength(100);
            job.Property(j => j.LastError).HasMaxLength(4000);
        });

        modelBuilder.Entity<DelayedJob>(job =>
        {
            job.Property(j => j.Name).HasMaxLength(200);
            job.Property(j => j.LastError).HasMaxLength(4000);
            job.Property(j => j.FinishedAt).HasColumnName("DoneAt");
            // Only what is still to run: the runner's query stays small however many ran.
            job.HasIndex(j => j.NextAttemptAt).HasFilter("\"DoneAt\" IS NULL AND \"GaveUpAt\" IS NULL");
        });

        modelBuilder.Entity<Counter>(counter =>
        {
            counter.HasKey(c => c.Name);
            counter.Property(c => c.Name).HasMaxLength(64);
        });
    }
}
