using Microsoft.Extensions.Localization;
using MudBlazor;

namespace TescForce.Web.Localization;

/// <summary>
/// MudBlazor's own texts (pager, table, dialogs) from Resources/MudTranslations.fr.resx; a key
/// missing there falls back to MudBlazor's built-in English.
/// </summary>
internal sealed class ResxMudLocalizer(IStringLocalizer<MudTranslations> localizer) : MudLocalizer
{
    public override LocalizedString this[string key] => localizer[key];

    public override LocalizedString this[string key, params object[] arguments] => localizer[key, arguments];
}
