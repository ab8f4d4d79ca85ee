using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resource_references",
                columns: table => new
                {
                    SourceType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_references", x => new { x.SourceType, x.SourceId, x.Path, x.TargetType, x.TargetId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_resource_references_TargetType_TargetId_SourceType",
                table: "resource_references",
                columns: new[] { "TargetType", "TargetId", "SourceType" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resource_references");
        }
    }
}
