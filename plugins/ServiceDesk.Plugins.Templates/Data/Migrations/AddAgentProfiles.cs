using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Plugins.Templates.Data.Migrations;

/// <summary>The agents' own signatures, watched queues and muted notifications; on SQLite and PostgreSQL alike.</summary>
[DbContext(typeof(TemplatesDbContext))]
[Migration("20261123010000_AddAgentProfiles")]
public sealed class AddAgentProfiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateTable(
        name: "Templates_AgentProfiles",
        columns: table => new
        {
            UserId = table.Column<int>(nullable: false),
            Signature = table.Column<string>(maxLength: AgentProfile.MaxSignatureLength, nullable: false),
            MyQueueIds = table.Column<string>(nullable: false),
            MutedNotifications = table.Column<string>(nullable: false),
            ChangedAt = table.Column<DateTime>(nullable: false),
        },
        constraints: table => table.PrimaryKey("PK_Templates_AgentProfiles", x => x.UserId));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Templates_AgentProfiles");
}
