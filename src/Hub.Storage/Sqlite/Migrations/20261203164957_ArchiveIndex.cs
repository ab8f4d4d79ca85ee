using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_entries",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_entries", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_entries_ArchivedAt",
                table: "archive_entries",
                column: "ArchivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_entries");
        }
    }
}
