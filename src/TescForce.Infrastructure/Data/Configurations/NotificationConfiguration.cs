using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TescForce.Domain.Notifications;
using TescForce.Infrastructure.Identity;

namespace TescForce.Infrastructure.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.UserId).HasMaxLength(450);
        // A user's notifications go with the account.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength);
        builder.Property(n => n.Reference).HasMaxLength(20);
        builder.Property(n => n.Detail).HasMaxLength(Notification.MaxDetailLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.MaxLinkLength);
        builder.Ignore(n => n.IsRead);
        // The bell counts a user's unread ones on every page.
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}
