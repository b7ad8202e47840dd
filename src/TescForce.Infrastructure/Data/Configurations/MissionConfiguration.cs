using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Clients;
using TescForce.Domain.Missions;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasOne<ClientOrganisation>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.CreatedByUserId).HasMaxLength(450);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Description).HasMaxLength(20000);
        builder.Property(m => m.TimeZone).HasMaxLength(64);
        builder.Property(m => m.Seniority).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Sector).HasMaxLength(50);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.RejectionReason).HasMaxLength(2000);
        builder.Property(m => m.FlagDetails).HasMaxLength(2000);
        builder.Property(m => m.DecidedByUserId).HasMaxLength(450);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.EndDate);
        builder.Ignore(m => m.IsEditable);
        builder.HasMany(m => m.Skills).WithOne().HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Languages).WithOne().HasForeignKey(l => l.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ClientId, m.Status });
        builder.HasIndex(m => new { m.Status, m.Flagged });
    }
}

internal sealed class MissionSkillConfiguration : IEntityTypeConfiguration<MissionSkill>
{
    public void Configure(EntityTypeBuilder<MissionSkill> builder)
    {
        builder.HasKey(s => new { s.MissionId, s.SkillTagId });
        builder.Property(s => s.Importance).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SkillTag>().WithMany().HasForeignKey(s => s.SkillTagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SkillTagId);
    }
}

internal sealed class MissionLanguageConfiguration : IEntityTypeConfiguration<MissionLanguage>
{
    public void Configure(EntityTypeBuilder<MissionLanguage> builder)
    {
        builder.HasKey(l => new { l.MissionId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(2);
        builder.Property(l => l.MinLevel).HasConversion<string>().HasMaxLength(2);
    }
}
