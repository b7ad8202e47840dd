using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TescForce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SkillsCompaniesConsultants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MemberCompanyId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MemberCompanies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Siren = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberCompanies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceDataImports",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Concepts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceDataImports", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "SkillTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LabelFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    LabelEnCurated = table.Column<bool>(type: "INTEGER", nullable: false),
                    LabelFrCurated = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillTags_SkillTags_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompanyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompanyInvitations_MemberCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "MemberCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consultants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ExternalReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SeniorityYears = table.Column<int>(type: "INTEGER", nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RemotePreference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DailyRateEur = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkdayStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WorkdayEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AvailableUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CapacityPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailabilityConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    Certifications = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsentRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsentMethod = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultants_MemberCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "MemberCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkillAltLabels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkillTagId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillAltLabels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillAltLabels_SkillTags_SkillTagId",
                        column: x => x.SkillTagId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillParentLinks",
                columns: table => new
                {
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Detached = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillParentLinks", x => new { x.ChildId, x.ParentId });
                    table.ForeignKey(
                        name: "FK_SkillParentLinks_SkillTags_ChildId",
                        column: x => x.ChildId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SkillParentLinks_SkillTags_ParentId",
                        column: x => x.ParentId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkillRelations",
                columns: table => new
                {
                    SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedSkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    Essential = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillRelations", x => new { x.SkillId, x.RelatedSkillId });
                    table.ForeignKey(
                        name: "FK_SkillRelations_SkillTags_RelatedSkillId",
                        column: x => x.RelatedSkillId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SkillRelations_SkillTags_SkillId",
                        column: x => x.SkillId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultantLanguages",
                columns: table => new
                {
                    ConsultantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultantLanguages", x => new { x.ConsultantId, x.Code });
                    table.ForeignKey(
                        name: "FK_ConsultantLanguages_Consultants_ConsultantId",
                        column: x => x.ConsultantId,
                        principalTable: "Consultants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultantSkills",
                columns: table => new
                {
                    ConsultantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkillTagId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Years = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultantSkills", x => new { x.ConsultantId, x.SkillTagId });
                    table.ForeignKey(
                        name: "FK_ConsultantSkills_Consultants_ConsultantId",
                        column: x => x.ConsultantId,
                        principalTable: "Consultants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultantSkills_SkillTags_SkillTagId",
                        column: x => x.SkillTagId,
                        principalTable: "SkillTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_MemberCompanyId",
                table: "AspNetUsers",
                column: "MemberCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyInvitations_CompanyId",
                table: "CompanyInvitations",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyInvitations_TokenHash",
                table: "CompanyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultants_CompanyId_ExternalReference",
                table: "Consultants",
                columns: new[] { "CompanyId", "ExternalReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultants_CompanyId_Status",
                table: "Consultants",
                columns: new[] { "CompanyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultants_Reference",
                table: "Consultants",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultants_Status_AvailabilityConfirmedAt",
                table: "Consultants",
                columns: new[] { "Status", "AvailabilityConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultantSkills_SkillTagId",
                table: "ConsultantSkills",
                column: "SkillTagId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberCompanies_Siren",
                table: "MemberCompanies",
                column: "Siren",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberCompanies_Status",
                table: "MemberCompanies",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SkillAltLabels_SkillTagId_Language_Text",
                table: "SkillAltLabels",
                columns: new[] { "SkillTagId", "Language", "Text" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillParentLinks_ParentId",
                table: "SkillParentLinks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillRelations_RelatedSkillId",
                table: "SkillRelations",
                column: "RelatedSkillId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillTags_Code",
                table: "SkillTags",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillTags_MergedIntoId",
                table: "SkillTags",
                column: "MergedIntoId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_MemberCompanies_MemberCompanyId",
                table: "AspNetUsers",
                column: "MemberCompanyId",
                principalTable: "MemberCompanies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_MemberCompanies_MemberCompanyId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CompanyInvitations");

            migrationBuilder.DropTable(
                name: "ConsultantLanguages");

            migrationBuilder.DropTable(
                name: "ConsultantSkills");

            migrationBuilder.DropTable(
                name: "ReferenceDataImports");

            migrationBuilder.DropTable(
                name: "SkillAltLabels");

            migrationBuilder.DropTable(
                name: "SkillParentLinks");

            migrationBuilder.DropTable(
                name: "SkillRelations");

            migrationBuilder.DropTable(
                name: "Consultants");

            migrationBuilder.DropTable(
                name: "SkillTags");

            migrationBuilder.DropTable(
                name: "MemberCompanies");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_MemberCompanyId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MemberCompanyId",
                table: "AspNetUsers");
        }
    }
}
