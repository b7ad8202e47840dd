using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class SkillTagConfiguration : IEntityTypeConfiguration<SkillTag>
{
    public void Configure(EntityTypeBuilder<SkillTag> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(200);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.LabelEn).HasMaxLength(300);
        builder.Property(s => s.LabelFr).HasMaxLength(300);
        builder.Property(s => s.DescriptionEn).HasMaxLength(4000);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SkillTag>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.AltLabels).WithOne().HasForeignKey(a => a.SkillTagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Parents).WithOne().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SkillAltLabelConfiguration : IEntityTypeConfiguration<SkillAltLabel>
{
    public void Configure(EntityTypeBuilder<SkillAltLabel> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Language).HasMaxLength(2);
        builder.Property(a => a.Text).HasMaxLength(300);
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.SkillTagId, a.Language, a.Text }).IsUnique();
    }
}

internal sealed class SkillParentLinkConfiguration : IEntityTypeConfiguration<SkillParentLink>
{
    public void Configure(EntityTypeBuilder<SkillParentLink> builder)
    {
        builder.HasKey(l => new { l.ChildId, l.ParentId });
        builder.Property(l => l.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<SkillTag>().WithMany().HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.ParentId);
    }
}

internal sealed class SkillRelationConfiguration : IEntityTypeConfiguration<SkillRelation>
{
    public void Configure(EntityTypeBuilder<SkillRelation> builder)
    {
        builder.HasKey(r => new { r.SkillId, r.RelatedSkillId });
        builder.HasOne<SkillTag>().WithMany().HasForeignKey(r => r.SkillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SkillTag>().WithMany().HasForeignKey(r => r.RelatedSkillId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferenceDataImportConfiguration : IEntityTypeConfiguration<ReferenceDataImport>
{
    public void Configure(EntityTypeBuilder<ReferenceDataImport> builder)
    {
        builder.HasKey(i => i.Source);
        builder.Property(i => i.Source).HasMaxLength(50);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
    }
}
