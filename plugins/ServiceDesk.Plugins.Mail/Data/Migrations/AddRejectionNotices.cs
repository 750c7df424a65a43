using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Plugins.Mail.Data.Migrations;

/// <summary>
/// The notices owed to the senders of rejected follow-ups, and their place in the count of automatic mails (which knew
/// articles' mails only); on SQLite and PostgreSQL alike.
/// </summary>
[DbContext(typeof(MailDbContext))]
[Migration("20261125300000_AddRejectionNotices")]
public sealed class AddRejectionNotices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Mail_RejectionNotices",
            columns: table => new
            {
                QuarantineId = table.Column<long>(nullable: false),
                MessageKey = table.Column<string>(maxLength: MailDbContext.MaxMessageKeyLength, nullable: false),
                TicketNumber = table.Column<string>(maxLength: 40, nullable: false),
                Recipient = table.Column<string>(maxLength: 254, nullable: false),
                ScheduledAt = table.Column<DateTime>(nullable: true),
                FinishedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Mail_RejectionNotices", x => x.QuarantineId);
                table.ForeignKey("FK_Mail_RejectionNotices_Mail_Quarantine_QuarantineId", x => x.QuarantineId, "Mail_Quarantine", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Mail_RejectionNotices_MessageKey", table: "Mail_RejectionNotices", column: "MessageKey", unique: true);

        migrationBuilder.AddColumn<long>(name: "QuarantineId", table: "Mail_AutomaticMails", nullable: false, defaultValue: 0L);
        migrationBuilder.DropIndex(name: "IX_Mail_AutomaticMails_ArticleId_Recipient", table: "Mail_AutomaticMails");
        migrationBuilder.CreateIndex(
            name: "IX_Mail_AutomaticMails_ArticleId_QuarantineId_Recipient", table: "Mail_AutomaticMails", columns: ["ArticleId", "QuarantineId", "Recipient"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The notices' counts would all share article 0 under the key before: they go (they count for an hour only).
        migrationBuilder.Sql("DELETE FROM \"Mail_AutomaticMails\" WHERE \"QuarantineId\" <> 0");
        migrationBuilder.DropIndex(name: "IX_Mail_AutomaticMails_ArticleId_QuarantineId_Recipient", table: "Mail_AutomaticMails");
        migrationBuilder.CreateIndex(name: "IX_Mail_AutomaticMails_ArticleId_Recipient", table: "Mail_AutomaticMails", columns: ["ArticleId", "Recipient"], unique: true);
        // In SQL, as in AddPop3: EF's DropColumn on SQLite rebuilds the table from a model that hand-written migrations lack.
        migrationBuilder.Sql("ALTER TABLE \"Mail_AutomaticMails\" DROP COLUMN \"QuarantineId\"");
        migrationBuilder.DropTable(name: "Mail_RejectionNotices");
    }
}
