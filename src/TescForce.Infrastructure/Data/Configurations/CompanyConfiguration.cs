using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class MemberCompanyConfiguration : IEntityTypeConfiguration<MemberCompany>
{
    public void Configure(EntityTypeBuilder<MemberCompany> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Siren).HasMaxLength(9).IsFixedLength();
        builder.HasIndex(c => c.Siren).IsUnique();
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecisionReason).HasMaxLength(2000);
        builder.Property(c => c.DecidedByUserId).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Status);
    }
}

internal sealed class CompanyInvitationConfiguration : IEntityTypeConfiguration<CompanyInvitation>
{
    public void Configure(EntityTypeBuilder<CompanyInvitation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.HasOne<MemberCompany>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientOrganisation>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_CompanyInvitations_OneOrganisation",
            "(\"CompanyId\" IS NULL) <> (\"ClientId\" IS NULL)"));
    }
}
