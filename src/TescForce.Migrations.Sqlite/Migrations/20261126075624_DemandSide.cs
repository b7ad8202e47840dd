using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TescForce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DemandSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ClientOrganisationId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClientOrganisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Missions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkloadPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDailyRateEur = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClientHoursStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ClientHoursEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    OverlapHours = table.Column<double>(type: "REAL", nullable: false),
                    Seniority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    FlagDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Missions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Missions_ClientOrganisations_ClientId",
                        column: x => x.ClientId,
                        principalTable: "ClientOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Introductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Introductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Introductions_Consultants_ConsultantId",
                        column: x => x.ConsultantId,
                        principalTable: "Consultants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Introductions_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissionLanguages",
                columns: table => new
                {
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MinLevel = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionLanguages", x => new { x.MissionId, x.Code });
                    table.ForeignKey(
                        name: "FK_MissionLanguages_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MissionSkills",
                columns: table => new
                {
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkillTagId = table.Column<int>(type: "INTEGER", nullable: false),
                    Importance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MinLevel = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionSkills", x => new { x.MissionId, x.SkillTagId });
                    table.ForeignKey(
                        name: "FK_MissionSkills_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MissionSkills_SkillTags_SkillTagId",
                        column: x => x.SkillTagId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShortlistEntries",
                columns: table => new
                {
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistEntries", x => new { x.MissionId, x.ConsultantId });
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Consultants_ConsultantId",
                        column: x => x.ConsultantId,
                        principalTable: "Consultants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntroductionEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntroductionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntroductionEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntroductionEvent_Introductions_IntroductionId",
                        column: x => x.IntroductionId,
                        principalTable: "Introductions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ClientOrganisationId",
                table: "AspNetUsers",
                column: "ClientOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientOrganisations_Status",
                table: "ClientOrganisations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_IntroductionEvent_IntroductionId",
                table: "IntroductionEvent",
                column: "IntroductionId");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_ClientId_MissionId",
                table: "Introductions",
                columns: new[] { "ClientId", "MissionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_CompanyId_Status",
                table: "Introductions",
                columns: new[] { "CompanyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_ConsultantId",
                table: "Introductions",
                column: "ConsultantId");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_MissionId",
                table: "Introductions",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_Status_ExpiresAt",
                table: "Introductions",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Missions_ClientId_Status",
                table: "Missions",
                columns: new[] { "ClientId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Missions_Status_Flagged",
                table: "Missions",
                columns: new[] { "Status", "Flagged" });

            migrationBuilder.CreateIndex(
                name: "IX_MissionSkills_SkillTagId",
                table: "MissionSkills",
                column: "SkillTagId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_ConsultantId",
                table: "ShortlistEntries",
                column: "ConsultantId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_ClientOrganisations_ClientOrganisationId",
                table: "AspNetUsers",
                column: "ClientOrganisationId",
                principalTable: "ClientOrganisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_ClientOrganisations_ClientOrganisationId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "IntroductionEvent");

            migrationBuilder.DropTable(
                name: "MissionLanguages");

            migrationBuilder.DropTable(
                name: "MissionSkills");

            migrationBuilder.DropTable(
                name: "ShortlistEntries");

            migrationBuilder.DropTable(
                name: "Introductions");

            migrationBuilder.DropTable(
                name: "Missions");

            migrationBuilder.DropTable(
                name: "ClientOrganisations");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ClientOrganisationId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ClientOrganisationId",
                table: "AspNetUsers");
        }
    }
}
