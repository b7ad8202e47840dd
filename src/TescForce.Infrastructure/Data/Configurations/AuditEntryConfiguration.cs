using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Audit;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        // No foreign keys: an entry outlives the account and the object it names.
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.MaxActorLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.MaxActorNameLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.ObjectType).HasMaxLength(AuditEntry.MaxObjectTypeLength);
        builder.Property(e => e.ObjectId).HasMaxLength(AuditEntry.MaxObjectIdLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.MaxSummaryLength);
        // The filters of the log page and the retention job's cut-off.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.ObjectType, e.ObjectId, e.At });
        builder.HasIndex(e => new { e.ActorId, e.At });
    }
}
