using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>quick-match-page --url U --mission ID [--email E --password P] [--requests N]</c>: the server time of a
/// mission's match page as a browser first receives it. The page is prerendered, so one GET runs everything
/// the page needs (the mission, the ranked first page with explanations and cards, the shortlist, the
/// labels) and returns the HTML; on loopback the time to the last byte is the server's time. Start the app
/// in Release first (README, "Measuring the match page").
/// </summary>
public static partial class QuickMatchPage
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        string url = "http://127.0.0.1:5077/", email = "client@tescforce.test", password = "Client-Demo-2026";
        string? mission = null;
        var requests = 100;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url": url = Next().TrimEnd('/') + "/"; break;
                case "--mission": mission = Next(); break;
                case "--email": email = Next(); break;
                case "--password": password = Next(); break;
                case "--requests": requests = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        if (mission is null)
        {
            Console.Error.WriteLine("--mission <id> is required (a mission of the signed-in client).");
            return 2;
        }

        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };
        if (!await SignInAsync(http, email, password))
        {
            Console.Error.WriteLine($"Could not sign in as {email}.");
            return 1;
        }

        var times = new List<double>(requests);
        var results = 0;
        for (var i = 0; i < requests + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync($"client/missions/{mission}");
            var html = await response.Content.ReadAsStringAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.Error.WriteLine($"GET answered {(int)response.StatusCode}.");
                return 1;
            }

            results = MatchResult().Count(html);
            if (i >= 5)
            {
                times.Add(elapsed); // the first five warm the caches and the JIT
            }
        }

        if (results == 0)
        {
            Console.Error.WriteLine("The page rendered no match: is the mission the signed-in client's, with skills that match?");
            return 1;
        }

        times.Sort();
        double P(int p) => times[Math.Clamp((int)Math.Ceiling(p / 100.0 * times.Count) - 1, 0, times.Count - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"match-page requests={times.Count} results_on_page={results} p50_ms={P(50):0.0} p95_ms={P(95):0.0} max_ms={times[^1]:0.0}"));
        return 0;
    }

    private static async Task<bool> SignInAsync(HttpClient http, string email, string password)
    {
        var form = await http.GetStringAsync("Account/Login");
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var response = await http.PostAsync("Account/Login", new FormUrlEncodedContent(fields));
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location?.OriginalString.Contains("Login", StringComparison.OrdinalIgnoreCase) != true;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();

    [GeneratedRegex("data-testid=\"match-result\"")]
    private static partial Regex MatchResult();
}
