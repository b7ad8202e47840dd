using System.Net;
using System.Text.RegularExpressions;

namespace TescForce.IntegrationTests.Public;

/// <summary>Reads what a page tells browsers and search engines, and posts a statically rendered form as a browser would.</summary>
internal static partial class PageHtml
{
    public static string Title(string html) => WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value).Trim();

    /// <summary>The content of the meta description, or null when the page has none.</summary>
    public static string? Description(string html) =>
        DescriptionPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    /// <summary>Opens the form's page (for its antiforgery token and cookie), then posts <paramref name="fields"/> to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, string language,
        IReadOnlyDictionary<string, string> fields)
    {
        var page = await (await GetAsync(client, path, language)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page).Groups[1].Value;
        token.ShouldNotBeNullOrEmpty();
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]*)\"")]
    private static partial Regex DescriptionPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
