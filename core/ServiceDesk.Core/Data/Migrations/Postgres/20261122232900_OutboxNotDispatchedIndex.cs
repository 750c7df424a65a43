using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxNotDispatchedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_DispatchedAt_NextAttemptAt",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_NotDispatched",
                table: "Outbox",
                column: "Id",
                filter: "\"DispatchedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_NotDispatched",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DispatchedAt_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "DispatchedAt", "NextAttemptAt" });
        }
    }
}
