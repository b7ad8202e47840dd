using System.Text.RegularExpressions;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>Submits a statically rendered form (the Account pages) as a browser does: read the page, post its antiforgery token.</summary>
public static partial class StaticForms
{
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string path, string formName,
        IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var input = AntiforgeryInput().Match(page);
        input.Success.ShouldBeTrue($"{path} has no antiforgery token");
        var token = Value().Match(input.Value);
        var values = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex Value();
}
