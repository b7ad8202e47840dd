using System.Globalization;

namespace TescForce.Web.Localization;

/// <summary>Euro amounts in the reader's culture: "650 €" in French, "€650" in English (Irish English being the euro's English).</summary>
public static class Money
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-IE");

    public static string Eur(int amount) =>
        amount.ToString("C0", CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "fr" ? French : English);
}
