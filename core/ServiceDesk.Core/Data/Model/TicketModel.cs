using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Data.Model;

/// <summary>Tables of tickets, their tags, links and custom field values.</summary>
internal static class TicketModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Ticket>(ticket =>
        {
            ticket.Property(t => t.Number).HasMaxLength(32);
            ticket.HasIndex(t => t.Number).IsUnique();
            ticket.Property(t => t.Title).HasMaxLength(255);
            ticket.Property(t => t.Version).IsConcurrencyToken();
            ticket.HasOne(t => t.Queue).WithMany().HasForeignKey(t => t.QueueId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasOne(t => t.State).WithMany().HasForeignKey(t => t.StateId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasOne(t => t.CustomerUser).WithMany().HasForeignKey(t => t.CustomerUserId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasOne<User>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasOne<User>().WithMany().HasForeignKey(t => t.ResponsibleId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasOne<CustomerCompany>().WithMany().HasForeignKey(t => t.CustomerCompanyId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasOne<Ticket>().WithMany().HasForeignKey(t => t.MergedIntoTicketId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasIndex(t => new { t.QueueId, t.StateId });
            ticket.HasIndex(t => t.StateId);
            ticket.HasIndex(t => t.OwnerId);
            ticket.HasIndex(t => t.CustomerUserId);
            ticket.HasIndex(t => t.CustomerCompanyId);
            ticket.HasIndex(t => t.CreatedAt);
            ticket.HasIndex(t => t.ChangedAt);
            // Most tickets are never pending, merged or given a responsible agent: these indexes hold only the rows that
            // are, which keeps them small and spares every new ticket three index inserts. A comparison with a value
            // (`PendingUntil <= now`, `MergedIntoTicketId = 42`) still uses them.
            ticket.HasIndex(t => t.PendingUntil).HasFilter(NotNull(nameof(Ticket.PendingUntil)));
            ticket.HasIndex(t => t.MergedIntoTicketId).HasFilter(NotNull(nameof(Ticket.MergedIntoTicketId)));
            ticket.HasIndex(t => t.ResponsibleId).HasFilter(NotNull(nameof(Ticket.ResponsibleId)));
            ticket.HasMany(t => t.Tags).WithOne().HasForeignKey(t => t.TicketId).OnDelete(DeleteBehavior.Cascade);
            ticket.HasMany(t => t.FieldValues).WithOne().HasForeignKey(v => v.TicketId).OnDelete(DeleteBehavior.Cascade);
            ticket.HasMany(t => t.Links).WithOne().HasForeignKey(l => l.TicketId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TicketTag>(tag =>
        {
            tag.HasKey(t => new { t.TicketId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(100);
            tag.HasIndex(t => t.Tag);
        });

        modelBuilder.Entity<TicketLink>(link =>
        {
            link.HasKey(l => new { l.TicketId, l.OtherTicketId });
            link.HasOne<Ticket>().WithMany().HasForeignKey(l => l.OtherTicketId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CustomField>(field =>
        {
            field.Property(f => f.Name).HasMaxLength(64);
            field.HasIndex(f => f.Name).IsUnique();
            field.Property(f => f.Label).HasMaxLength(200);
        });

        modelBuilder.Entity<TicketFieldValue>(value =>
        {
            value.HasKey(v => new { v.TicketId, v.FieldId });
            value.HasOne(v => v.Field).WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Restrict);
            value.HasIndex(v => new { v.FieldId, v.Value });
        });
    }

    // The column names are the same on both engines, and both quote them the same way.
    private static string NotNull(string column) => $"\"{column}\" IS NOT NULL";
}
