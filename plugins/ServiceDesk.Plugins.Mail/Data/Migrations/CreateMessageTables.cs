using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Plugins.Mail.Data.Migrations;

/// <summary>Version 1.0.0's tables, written without engine-specific types so that they run on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MailDbContext))]
[Migration("20261123030000_CreateMessageTables")]
public sealed class CreateMessageTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Mail_SentMessages",
            columns: table => new
            {
                ArticleId = table.Column<long>(nullable: false),
                TicketNumber = table.Column<string>(maxLength: 40, nullable: false),
                MessageId = table.Column<string>(maxLength: MailDbContext.MaxMessageIdLength, nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Mail_SentMessages", x => x.ArticleId));
        migrationBuilder.CreateTable(
            name: "Mail_ImportedMessages",
            columns: table => new
            {
                ArticleId = table.Column<long>(nullable: false),
                TicketNumber = table.Column<string>(maxLength: 40, nullable: false),
                MessageId = table.Column<string>(maxLength: MailDbContext.MaxMessageIdLength, nullable: false),
                ImportedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Mail_ImportedMessages", x => x.ArticleId));
        migrationBuilder.CreateIndex(name: "IX_Mail_ImportedMessages_MessageId", table: "Mail_ImportedMessages", column: "MessageId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Mail_ImportedMessages");
        migrationBuilder.DropTable(name: "Mail_SentMessages");
    }
}
