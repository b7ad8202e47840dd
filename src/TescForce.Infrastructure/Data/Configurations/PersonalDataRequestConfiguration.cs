using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Consultants;
using TescForce.Domain.Privacy;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class PersonalDataRequestConfiguration : IEntityTypeConfiguration<PersonalDataRequest>
{
    public void Configure(EntityTypeBuilder<PersonalDataRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RequesterName).HasMaxLength(PersonalDataRequest.MaxNameLength);
        builder.Property(r => r.RequesterEmail).HasMaxLength(PersonalDataRequest.MaxEmailLength);
        builder.Property(r => r.CompanyName).HasMaxLength(PersonalDataRequest.MaxCompanyLength);
        builder.Property(r => r.Message).HasMaxLength(PersonalDataRequest.MaxMessageLength);
        builder.Property(r => r.Culture).HasMaxLength(5);
        builder.Property(r => r.HandledByUserId).HasMaxLength(450);
        builder.Property(r => r.Resolution).HasMaxLength(PersonalDataRequest.MaxResolutionLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The link survives the erasure (the record stays, anonymised); a consultant is never deleted while a request names it.
        builder.HasOne<Consultant>().WithMany().HasForeignKey(r => r.ConsultantId).OnDelete(DeleteBehavior.Restrict);
        // The queue: open requests, oldest first.
        builder.HasIndex(r => new { r.Status, r.ReceivedAt });
        builder.HasIndex(r => r.ConsultantId);
    }
}
