using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Data.Model;

/// <summary>Tables of articles and attachments.</summary>
internal static class ArticleModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(article =>
        {
            article.Property(a => a.Channel).HasMaxLength(32);
            article.HasOne(a => a.Ticket).WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
            article.HasOne<User>().WithMany().HasForeignKey(a => a.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
            article.HasOne<CustomerUser>().WithMany().HasForeignKey(a => a.AuthorCustomerUserId).OnDelete(DeleteBehavior.Restrict);
            article.HasIndex(a => a.TicketId);
            article.HasMany(a => a.Attachments).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(255);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.HasIndex(a => a.ArticleId);
            attachment.HasIndex(a => a.Sha256);
        });
    }
}
