using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.ApiKeys;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.CreatedByUserId).HasMaxLength(450);
        builder.Property(k => k.RevokedByUserId).HasMaxLength(450);
        builder.HasIndex(k => k.CompanyId);
        builder.HasIndex(k => k.ClientId);
        builder.HasOne<MemberCompany>().WithMany().HasForeignKey(k => k.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientOrganisation>().WithMany().HasForeignKey(k => k.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_ApiKeys_OneOrganisation", "(\"CompanyId\" IS NULL) <> (\"ClientId\" IS NULL)"));
    }
}
