using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Plugins.Mail.Data.Migrations;

/// <summary>
/// POP3 messages are recorded by their UIDL, as they are: the imported messages and the quarantine get the column, empty
/// for IMAP's rows, and their keys take it in; on SQLite and PostgreSQL alike.
/// </summary>
[DbContext(typeof(MailDbContext))]
[Migration("20261125100000_AddPop3")]
public sealed class AddPop3 : Migration
{
    private static readonly string[] Tables = ["Mail_ImportedMessages", "Mail_Quarantine"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.AddColumn<string>(name: "Uidl", table: table, maxLength: MailDbContext.MaxUidlLength, nullable: false, defaultValue: "");
            // An empty UIDL in the key keeps it unique for IMAP's rows, where a null would make every row different.
            migrationBuilder.DropIndex(name: $"IX_{table}_Position", table: table);
            migrationBuilder.CreateIndex(
                name: $"IX_{table}_Position", table: table, columns: ["AccountId", "Folder", "UidValidity", "Uid", "Uidl"], unique: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            // Without their UIDLs, POP3's rows would all share one key: the version before knows no POP3, and keeps none.
            migrationBuilder.Sql($"DELETE FROM \"{table}\" WHERE \"Uidl\" <> ''");
            migrationBuilder.DropIndex(name: $"IX_{table}_Position", table: table);
            migrationBuilder.CreateIndex(name: $"IX_{table}_Position", table: table, columns: ["AccountId", "Folder", "UidValidity", "Uid"], unique: true);
            // In SQL: EF's DropColumn on SQLite rebuilds the table from the migration's model, which hand-written migrations
            // lack; SQLite (3.35 and later) and PostgreSQL both drop a column that no index holds.
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"Uidl\"");
        }
    }
}
