using Microsoft.EntityFrameworkCore;
using ServiceDesk.Core.Domain;

namespace ServiceDesk.Core.Data.Model;

/// <summary>Tables of agents, groups, roles and their permissions.</summary>
internal static class UserModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.Property(u => u.Login).HasMaxLength(100);
            user.HasIndex(u => u.Login).IsUnique();
            user.Property(u => u.Email).HasMaxLength(254);
            user.Property(u => u.FirstName).HasMaxLength(100);
            user.Property(u => u.LastName).HasMaxLength(100);
            user.Property(u => u.Language).HasMaxLength(16);
            user.Property(u => u.TimeZone).HasMaxLength(64);
            user.HasMany(u => u.GroupPermissions).WithOne().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            user.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Group>(group =>
        {
            group.Property(g => g.Name).HasMaxLength(100);
            group.HasIndex(g => g.Name).IsUnique();
        });

        modelBuilder.Entity<Role>(role =>
        {
            role.Property(r => r.Name).HasMaxLength(100);
            role.HasIndex(r => r.Name).IsUnique();
            role.HasMany(r => r.GroupPermissions).WithOne().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UserGroupPermission>(permission =>
        {
            permission.HasKey(p => new { p.UserId, p.GroupId });
            permission.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RoleGroupPermission>(permission =>
        {
            permission.HasKey(p => new { p.RoleId, p.GroupId });
            permission.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UserRole>(userRole =>
        {
            userRole.HasKey(r => new { r.UserId, r.RoleId });
            userRole.HasOne(r => r.Role).WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
