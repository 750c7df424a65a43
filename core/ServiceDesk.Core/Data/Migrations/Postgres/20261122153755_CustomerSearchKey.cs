using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomerSearchKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "CustomerUsers",
                type: "character varying(460)",
                maxLength: 460,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "CustomerUsers");
        }
    }
}
