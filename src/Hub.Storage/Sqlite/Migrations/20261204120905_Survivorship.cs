using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Survivorship : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_conflicts_ResourceType_ResourceId",
                table: "conflicts");

            migrationBuilder.AddColumn<long>(
                name: "KeptChangedAt",
                table: "conflicts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "OtherChangedAt",
                table: "conflicts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ResolvedAt",
                table: "conflicts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedBy",
                table: "conflicts",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedValue",
                table: "conflicts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rule",
                table: "conflicts",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "resource_field_provenance",
                columns: table => new
                {
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResourceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_field_provenance", x => new { x.ResourceType, x.ResourceId, x.Path });
                });

            migrationBuilder.CreateIndex(
                name: "IX_conflicts_ResourceType_ResourceId_Path_Status",
                table: "conflicts",
                columns: new[] { "ResourceType", "ResourceId", "Path", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resource_field_provenance");

            migrationBuilder.DropIndex(
                name: "IX_conflicts_ResourceType_ResourceId_Path_Status",
                table: "conflicts");

            migrationBuilder.DropColumn(
                name: "KeptChangedAt",
                table: "conflicts");

            migrationBuilder.DropColumn(
                name: "OtherChangedAt",
                table: "conflicts");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "conflicts");

            migrationBuilder.DropColumn(
                name: "ResolvedBy",
                table: "conflicts");

            migrationBuilder.DropColumn(
                name: "ResolvedValue",
                table: "conflicts");

            migrationBuilder.DropColumn(
                name: "Rule",
                table: "conflicts");

            migrationBuilder.CreateIndex(
                name: "IX_conflicts_ResourceType_ResourceId",
                table: "conflicts",
                columns: new[] { "ResourceType", "ResourceId" });
        }
    }
}
