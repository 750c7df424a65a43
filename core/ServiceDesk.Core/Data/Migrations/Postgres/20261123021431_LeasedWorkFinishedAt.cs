using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LeasedWorkFinishedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Event deliveries' DeliveredAt and delayed jobs' DoneAt are both FinishedAt in the code now (ILeasedWork);
            // their columns keep their names, so the database does not change: this keeps the model snapshot in step.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing was changed in the database.
        }
    }
}
