using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> builder)
    {
        builder.HasKey(s => new { s.MissionId, s.ConsultantId });
        builder.Property(s => s.AddedByUserId).HasMaxLength(450);
        builder.HasOne<Mission>().WithMany().HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consultant>().WithMany().HasForeignKey(s => s.ConsultantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasOne<Mission>().WithMany().HasForeignKey(i => i.MissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultant>().WithMany().HasForeignKey(i => i.ConsultantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.RequestedByUserId).HasMaxLength(450);
        builder.Property(i => i.RespondedByUserId).HasMaxLength(450);
        builder.Property(i => i.Message).HasMaxLength(Introduction.MaxMessageLength);
        builder.Property(i => i.DeclineReason).HasMaxLength(2000);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasMany(i => i.History).WithOne().HasForeignKey(e => e.IntroductionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CompanyId, i.Status });
        builder.HasIndex(i => new { i.ClientId, i.MissionId });
        builder.HasIndex(i => new { i.Status, i.ExpiresAt });
    }
}

internal sealed class IntroductionEventConfiguration : IEntityTypeConfiguration<IntroductionEvent>
{
    public void Configure(EntityTypeBuilder<IntroductionEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.Note).HasMaxLength(Introduction.MaxMessageLength);
    }
}
