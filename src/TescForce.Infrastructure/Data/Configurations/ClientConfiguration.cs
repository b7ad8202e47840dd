using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Clients;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class ClientOrganisationConfiguration : IEntityTypeConfiguration<ClientOrganisation>
{
    public void Configure(EntityTypeBuilder<ClientOrganisation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.ReferredBy).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecisionReason).HasMaxLength(2000);
        builder.Property(c => c.DecidedByUserId).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Status);
    }
}
