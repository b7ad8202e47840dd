using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class ConsultantConfiguration : IEntityTypeConfiguration<Consultant>
{
    public void Configure(EntityTypeBuilder<Consultant> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<MemberCompany>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Reference).HasMaxLength(12);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.ExternalReference).HasMaxLength(100);
        builder.HasIndex(c => new { c.CompanyId, c.ExternalReference }).IsUnique();
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Headline).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.RemotePreference).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RejectionReason).HasMaxLength(2000);
        builder.Property(c => c.ConsentMethod).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Skills).WithOne().HasForeignKey(s => s.ConsultantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Languages).WithOne().HasForeignKey(l => l.ConsultantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CompanyId, c.Status });
        builder.HasIndex(c => new { c.Status, c.AvailabilityConfirmedAt });
        // The retention job looks for the profiles without contact since a date (ADR 0018).
        builder.HasIndex(c => c.LastActiveContactAt);
    }
}

internal sealed class ConsultantSkillConfiguration : IEntityTypeConfiguration<ConsultantSkill>
{
    public void Configure(EntityTypeBuilder<ConsultantSkill> builder)
    {
        builder.HasKey(s => new { s.ConsultantId, s.SkillTagId });
        builder.HasOne<SkillTag>().WithMany().HasForeignKey(s => s.SkillTagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SkillTagId);
    }
}

internal sealed class ConsultantLanguageConfiguration : IEntityTypeConfiguration<ConsultantLanguage>
{
    public void Configure(EntityTypeBuilder<ConsultantLanguage> builder)
    {
        builder.HasKey(l => new { l.ConsultantId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(2);
        builder.Property(l => l.Level).HasConversion<string>().HasMaxLength(2);
    }
}
