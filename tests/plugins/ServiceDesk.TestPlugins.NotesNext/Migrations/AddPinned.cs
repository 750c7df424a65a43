using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.TestPlugins.Notes.Migrations;

/// <summary>Version 1.1.0's change: a column with a default, so that the notes written before keep a value.</summary>
[DbContext(typeof(NotesDbContext))]
[Migration("20261123010000_AddPinned")]
public sealed class AddPinned : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>(name: "Pinned", table: "Notes_Entries", nullable: false, defaultValue: false);

    // Entity Framework drops a column on SQLite by rebuilding the table from the model, which a migration for both
    // engines does not carry; both engines take this statement as it is.
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE \"Notes_Entries\" DROP COLUMN \"Pinned\"");
}
