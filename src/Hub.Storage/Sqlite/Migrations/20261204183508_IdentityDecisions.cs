using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdentityDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_decisions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeftPersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeftIdentifier = table.Column<string>(type: "TEXT", maxLength: 520, nullable: true),
                    RightPersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RightIdentifier = table.Column<string>(type: "TEXT", maxLength: 520, nullable: true),
                    RightSource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RelatedDecisionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_decisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_decisions_Kind_Status_DecidedAt",
                table: "identity_decisions",
                columns: new[] { "Kind", "Status", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_decisions_LeftPersonId",
                table: "identity_decisions",
                column: "LeftPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_decisions_RightPersonId",
                table: "identity_decisions",
                column: "RightPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_decisions");
        }
    }
}
