using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TescForce.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReviewedVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewedVersion",
                table: "Missions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedVersion",
                table: "Consultants",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewedVersion",
                table: "Missions");

            migrationBuilder.DropColumn(
                name: "ReviewedVersion",
                table: "Consultants");
        }
    }
}
