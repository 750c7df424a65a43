using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceDesk.Plugins.Mail.Data.Migrations;

/// <summary>The mail logins' OAuth2 tokens, and the administrators' consents in progress; on SQLite and PostgreSQL alike.</summary>
[DbContext(typeof(MailDbContext))]
[Migration("20261125200000_AddOAuthTokens")]
public sealed class AddOAuthTokens : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Mail_OAuthTokens",
            columns: table => new
            {
                Login = table.Column<string>(maxLength: MailDbContext.MaxLoginLength, nullable: false),
                RefreshToken = table.Column<string>(nullable: false),
                RefreshTokenUsedAt = table.Column<DateTime>(nullable: false),
                RefreshTokenExpiresAt = table.Column<DateTime>(nullable: true),
                AccessToken = table.Column<string>(nullable: true),
                AccessTokenExpiresAt = table.Column<DateTime>(nullable: true),
                ConsentedAt = table.Column<DateTime>(nullable: false),
                ConsentedBy = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                LastErrorAt = table.Column<DateTime>(nullable: true),
                NeedsConsent = table.Column<bool>(nullable: false),
                RefreshingUntil = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Mail_OAuthTokens", x => x.Login));
        migrationBuilder.CreateTable(
            name: "Mail_OAuthConsents",
            columns: table => new
            {
                StateHash = table.Column<string>(maxLength: 64, nullable: false),
                Login = table.Column<string>(maxLength: MailDbContext.MaxLoginLength, nullable: false),
                AdminId = table.Column<int>(nullable: false),
                CodeVerifier = table.Column<string>(maxLength: 128, nullable: false),
                RedirectUri = table.Column<string>(maxLength: 2000, nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Mail_OAuthConsents", x => x.StateHash));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Mail_OAuthConsents");
        migrationBuilder.DropTable(name: "Mail_OAuthTokens");
    }
}
