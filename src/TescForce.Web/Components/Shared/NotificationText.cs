using System.Globalization;
using Microsoft.Extensions.Localization;
using TescForce.Application.Notifications;

namespace TescForce.Web.Components.Shared;

/// <summary>A notification's text in the viewer's current language, from its kind and parameters (nothing is stored translated).</summary>
public static class NotificationText
{
    public static string Title(IStringLocalizer<SharedResource> localizer, NotificationItem notification)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(notification);
        return string.Format(CultureInfo.CurrentCulture, localizer["Notif_Kind_" + notification.Kind], notification.Subject,
            notification.Reference ?? "");
    }
}
