using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartialTicketIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_MergedIntoTicketId",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_PendingUntil",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_ResponsibleId",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_MergedIntoTicketId",
                table: "Tickets",
                column: "MergedIntoTicketId",
                filter: "\"MergedIntoTicketId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_PendingUntil",
                table: "Tickets",
                column: "PendingUntil",
                filter: "\"PendingUntil\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_ResponsibleId",
                table: "Tickets",
                column: "ResponsibleId",
                filter: "\"ResponsibleId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_MergedIntoTicketId",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_PendingUntil",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_ResponsibleId",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_MergedIntoTicketId",
                table: "Tickets",
                column: "MergedIntoTicketId");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_PendingUntil",
                table: "Tickets",
                column: "PendingUntil");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_ResponsibleId",
                table: "Tickets",
                column: "ResponsibleId");
        }
    }
}
