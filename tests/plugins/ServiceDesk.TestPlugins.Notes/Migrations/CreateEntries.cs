using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.TestPlugins.Notes.Migrations;

/// <summary>Version 1.0.0's table, written without engine-specific types so that it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(NotesDbContext))]
[Migration("20261123000000_CreateEntries")]
public sealed class CreateEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "Notes_Entries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Notes_Entries", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Notes_Entries");
}
