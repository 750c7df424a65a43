using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Plugins.Mail.Data.Migrations;

/// <summary>
/// The mail accounts that administrators keep through the API and the CLI (their settings as JSON text), and how the
/// readings of every account went; on SQLite and PostgreSQL alike.
/// </summary>
[DbContext(typeof(MailDbContext))]
[Migration("20261125000000_AddAccounts")]
public sealed class AddAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Mail_Accounts",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: StoredAccount.MaxIdLength, nullable: false),
                Settings = table.Column<string>(nullable: false),
                Secrets = table.Column<string>(nullable: false),
                ChangedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Mail_Accounts", x => x.Id));
        migrationBuilder.CreateTable(
            name: "Mail_AccountStatus",
            columns: table => new
            {
                AccountId = table.Column<string>(maxLength: StoredAccount.MaxIdLength, nullable: false),
                LastReadAt = table.Column<DateTime>(nullable: true),
                LastFailedAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: AccountStatus.MaxErrorLength, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Mail_AccountStatus", x => x.AccountId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Mail_AccountStatus");
        migrationBuilder.DropTable(name: "Mail_Accounts");
    }
}
