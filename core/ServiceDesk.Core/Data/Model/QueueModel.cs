using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Data.Model;

/// <summary>Tables of queues and states.</summary>
internal static class QueueModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Queue>(queue =>
        {
            queue.Property(q => q.Name).HasMaxLength(200);
            queue.HasIndex(q => q.Name).IsUnique();
            queue.HasOne(q => q.Group).WithMany().HasForeignKey(q => q.GroupId).OnDelete(DeleteBehavior.Restrict);
            queue.HasOne<Queue>().WithMany().HasForeignKey(q => q.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<TicketState>(state =>
        {
            state.Property(s => s.Name).HasMaxLength(100);
            state.HasIndex(s => s.Name).IsUnique();
        });
    }
}
