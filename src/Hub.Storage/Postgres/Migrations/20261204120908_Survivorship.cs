using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Postgres.Migrations
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "KeptChangedAt",
                table: "conflicts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OtherChangedAt",
                table: "conflicts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolvedAt",
                table: "conflicts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedBy",
                table: "conflicts",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedValue",
                table: "conflicts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rule",
                table: "conflicts",
                type: "character varying(160)",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "resource_field_provenance",
                columns: table => new
                {
                    ResourceType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
