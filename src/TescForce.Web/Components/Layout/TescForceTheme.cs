using MudBlazor;

namespace TescForce.Web.Components.Layout;

/// <summary>The palette: a deep "aerospace" blue with a warm Occitan red for calls to action.</summary>
public static class TescForceTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1B3A5C",
            Secondary = "#C0392B",
            Tertiary = "#2A7F62",
            AppbarBackground = "#1B3A5C",
            Background = "#F5F7FA",
            DrawerBackground = "#FFFFFF",
            TextPrimary = "#1F2933",
            TextSecondary = "#52606D",
            // Darker than MudBlazor's defaults so that white text on them, and they as text, reach 4.5:1 (WCAG 1.4.3).
            Success = "#1B7A3E",
            Info = "#0B63B5",
            Warning = "#8A5300",
            Error = "#C62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
