namespace TescForce.Web;

/// <summary>Marker for MudBlazor's own texts in Resources/MudTranslations(.fr).resx.</summary>
public sealed class MudTranslations;
