using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Data.Model;

/// <summary>Tables of customer users, companies and API tokens.</summary>
internal static class CustomerModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CustomerUser>(customer =>
        {
            customer.Property(c => c.Email).HasMaxLength(254);
            customer.Property(c => c.EmailKey).HasMaxLength(254);
            customer.HasIndex(c => c.EmailKey).IsUnique();
            customer.Property(c => c.FirstName).HasMaxLength(100);
            customer.Property(c => c.LastName).HasMaxLength(100);
            customer.Property(c => c.Language).HasMaxLength(16);
            customer.HasOne<CustomerCompany>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
            customer.HasOne<User>().WithMany().HasForeignKey(c => c.PersonalAgentId).OnDelete(DeleteBehavior.Restrict);
            customer.HasIndex(c => c.CompanyId);
            customer.Property(c => c.SearchKey).HasMaxLength(460);
        });

        modelBuilder.Entity<CustomerCompany>(company =>
        {
            company.Property(c => c.Name).HasMaxLength(200);
            company.HasIndex(c => c.Name).IsUnique();
        });

        modelBuilder.Entity<ApiToken>(token =>
        {
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.Property(t => t.Name).HasMaxLength(100);
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            token.HasOne<CustomerUser>().WithMany().HasForeignKey(t => t.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
