using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TescForce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConsultantRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Consultants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActiveContactAt",
                table: "Consultants",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "RetentionNoticeSentAt",
                table: "Consultants",
                type: "TEXT",
                nullable: true);

            // Existing profiles count from their latest sign of contact (ADR 0018): the last change, consent or availability
            // confirmed, so that no profile is anonymised by surprise on the day of the upgrade; the job sends notices first.
            migrationBuilder.Sql("""UPDATE "Consultants" SET "LastActiveContactAt" = MAX("UpdatedAt", "AvailabilityConfirmedAt", COALESCE("ConsentRecordedAt", "UpdatedAt"));""");
            // Profiles already erased by a personal-data request carry the erasure's placeholder address.
            migrationBuilder.Sql("""UPDATE "Consultants" SET "ErasedAt" = "UpdatedAt" WHERE "Email" LIKE 'erased-%@erased.invalid';""");

            migrationBuilder.CreateIndex(
                name: "IX_Consultants_LastActiveContactAt",
                table: "Consultants",
                column: "LastActiveContactAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultants_LastActiveContactAt",
                table: "Consultants");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Consultants");

            migrationBuilder.DropColumn(
                name: "LastActiveContactAt",
                table: "Consultants");

            migrationBuilder.DropColumn(
                name: "RetentionNoticeSentAt",
                table: "Consultants");
        }
    }
}
