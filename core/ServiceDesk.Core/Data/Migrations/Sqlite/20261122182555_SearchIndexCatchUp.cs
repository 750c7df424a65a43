using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// New articles and titles are no longer indexed by triggers inside each write but in batches by
    /// <see cref="Search.SqliteSearchIndexer"/>, which remembers in two counters how far it got. Everything an older
    /// build wrote is already in the index, so the counters start at the newest ids. Changes to what is indexed (a new
    /// title, a deleted article) still go through triggers, but only for rows the indexer has reached; a row beyond
    /// the counter is indexed as it is when its turn comes.
    /// </summary>
    public partial class SearchIndexCatchUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_article_insert;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_ticket_insert;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_article_delete;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_ticket_title;");
            migrationBuilder.Sql("""
                INSERT INTO "Counters" ("Name", "Value") VALUES
                    ('search-articles', coalesce((SELECT max("Id") FROM "Articles"), 0)),
                    ('search-titles', coalesce((SELECT max("Id") FROM "Tickets"), 0));
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ticket_fts_article_delete AFTER DELETE ON "Articles"
                WHEN old."Id" <= (SELECT "Value" FROM "Counters" WHERE "Name" = 'search-articles') BEGIN
                    DELETE FROM ticket_fts WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ticket_fts_ticket_title AFTER UPDATE OF "Title" ON "Tickets"
                WHEN old."Id" <= (SELECT "Value" FROM "Counters" WHERE "Name" = 'search-titles') BEGIN
                    DELETE FROM ticket_fts WHERE rowid = -old."Id";
                    INSERT INTO ticket_fts(rowid, body) VALUES (-new."Id", new."Title");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // What the indexer had not reached yet is indexed now, before the triggers take over again.
            migrationBuilder.Sql("""
                INSERT INTO ticket_fts(rowid, body) SELECT "Id", coalesce("Subject", '') || ' ' || "BodyText" FROM "Articles"
                WHERE "Id" > (SELECT "Value" FROM "Counters" WHERE "Name" = 'search-articles');
                """);
            migrationBuilder.Sql("""
                INSERT INTO ticket_fts(rowid, body) SELECT -"Id", "Title" FROM "Tickets"
                WHERE "Id" > (SELECT "Value" FROM "Counters" WHERE "Name" = 'search-titles');
                """);
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_article_delete;");
            migrationBuilder.Sql("DROP TRIGGER ticket_fts_ticket_title;");
            migrationBuilder.Sql("""DELETE FROM "Counters" WHERE "Name" IN ('search-articles', 'search-titles');""");
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
        }
    }
}
