using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Postgres
{
    /// <summary>
    /// SQL the model cannot express: the ticket number sequence (no row lock shared by nodes), stored tsvector columns
    /// with GIN indexes for full-text search (the "russian" configuration stems Russian and, for Latin words, English),
    /// and history rows that refuse updates and deletes.
    /// </summary>
    public partial class SearchAndIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE SEQUENCE ticket_number_seq START 1;");
            // The sequence goes on after the tickets an older build wrote, so no number is handed out twice.
            migrationBuilder.Sql("""
                SELECT setval('ticket_number_seq', (SELECT max("Id") FROM "Tickets")) WHERE EXISTS (SELECT 1 FROM "Tickets");
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Tickets" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, coalesce("Title", ''))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Tickets_SearchVector" ON "Tickets" USING GIN ("SearchVector");""");
            // A tsvector holds at most 1 MB; the first 100,000 characters of a message are what people search for.
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, left(coalesce("Subject", '') || ' ' || "BodyText", 100000))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
            migrationBuilder.Sql("""
                CREATE FUNCTION history_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'history entries are immutable';
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER history_immutable BEFORE UPDATE OR DELETE ON "History"
                    FOR EACH ROW EXECUTE FUNCTION history_immutable();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER history_immutable ON "History";""");
            migrationBuilder.Sql("DROP FUNCTION history_immutable();");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Tickets" DROP COLUMN "SearchVector";""");
            migrationBuilder.Sql("DROP SEQUENCE ticket_number_seq;");
        }
    }
}
