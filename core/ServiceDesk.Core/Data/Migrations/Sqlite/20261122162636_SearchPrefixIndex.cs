using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// Rebuilds the full-text index with prefix indexes of 4 and 6 characters. A prefix query of exactly such a length
    /// is read lazily, newest first, so a word found in every ticket costs no more than a rare one; any other prefix
    /// makes FTS5 gather every match first (seconds at a million tickets). The index is filled again from the articles
    /// and titles, which takes a while on a large database; the triggers that keep it stay as they are.
    /// </summary>
    public partial class SearchPrefixIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "prefix='4 6', ");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string prefix)
        {
            migrationBuilder.Sql("DROP TABLE ticket_fts;");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE ticket_fts USING fts5(
                    body, content='', contentless_delete=1, {prefix}tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                INSERT INTO ticket_fts(rowid, body) SELECT "Id", coalesce("Subject", '') || ' ' || "BodyText" FROM "Articles";
                """);
            migrationBuilder.Sql("""INSERT INTO ticket_fts(rowid, body) SELECT -"Id", "Title" FROM "Tickets";""");
        }
    }
}
