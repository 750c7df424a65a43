using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQL the model cannot express: the ticket number counter, the FTS5 index kept by triggers (rowid = article id,
    /// or the negated ticket id for titles), and history rows that refuse updates and deletes.
    /// </summary>
    public partial class SearchAndIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The counter goes on after the tickets an older build wrote, so no number is handed out twice.
            migrationBuilder.Sql("""
                INSERT INTO "Counters" ("Name", "Value") VALUES ('ticket-number', coalesce((SELECT max("Id") FROM "Tickets"), 0));
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ticket_fts USING fts5(
                    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
                """);
            // What an older build wrote is indexed too; from here on the triggers keep the index.
            migrationBuilder.Sql("""
                INSERT INTO ticket_fts(rowid, body) SELECT "Id", coalesce("Subject", '') || ' ' || "BodyText" FROM "Articles";
                """);
            migrationBuilder.Sql("""INSERT INTO ticket_fts(rowid, body) SELECT -"Id", "Title" FROM "Tickets";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER ticket_fts_article_insert AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO ticket_fts(rowid, body) VALUES (new."Id", coalesce(new."Subject", '') || ' ' || new."BodyText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ticket_fts_article_delete AFTER DELETE ON "Articles" BEGIN
                    DELETE FROM ticket_fts WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ticket_fts_ticket_insert AFTER INSERT ON "Tickets" BEGIN
                    INSERT INTO ticket_fts(rowid, body) VALUES (-new."Id", new."Title");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ticket_fts_ticket_title AFTER UPDATE OF "Title" ON "Tickets" BEGIN
                    DELETE FROM ticket_fts WHERE rowid = -old."Id";
                    INSERT INTO ticket_fts(rowid, body) VALUES (-new."Id", new."Title");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER history_immutable_update BEFORE UPDATE ON "History" BEGIN
                    SELECT RAISE(ABORT, 'history entries are immutable');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER history_immutable_delete BEFORE DELETE ON "History" BEGIN
                    SELECT RAISE(ABORT, 'history entries are immutable');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER history_immutable_delete;");
            migrationBuilder.Sql("DROP TRIGGER history_immutable_update;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_ticket_title;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_ticket_insert;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_article_delete;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_article_insert;");
            migrationBuilder.Sql("DROP TABLE ticket_fts;");
            migrationBuilder.Sql("""DELETE FROM "Counters" WHERE "Name" = 'ticket-number';""");
        }
    }
}
