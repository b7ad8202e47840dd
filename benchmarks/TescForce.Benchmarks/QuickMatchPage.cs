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
/// <c>quick-match-page --path P --expect TESTID [--email E --password P | --anonymous]</c> times any other
/// prerendered page the same way (e.g. <c>admin/skills-map</c> as a curator, <c>skills-map</c> anonymously),
/// checking that the page rendered the element with that <c>data-testid</c>.
/// </summary>
public static partial class QuickMatchPage
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        string url = "http://127.0.0.1:5077/", email = "client@tescforce.test", password = "Client-Demo-2026";
        string? mission = null, path = null, expect = "match-result";
        var anonymous = false;
        var requests = 100;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url": url = Next().TrimEnd('/') + "/"; break;
                case "--mission": mission = Next(); break;
                case "--path": path = Next().TrimStart('/'); break;
                case "--expect": expect = Next(); break;
                case "--anonymous": anonymous = true; break;
                case "--email": email = Next(); break;
                case "--password": password = Next(); break;
                case "--requests": requests = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        path ??= mission is null ? null : $"client/missions/{mission}";
        if (path is null)
        {
            Console.Error.WriteLine("--mission <id> (a mission of the signed-in client) or --path <page> is required.");
            return 2;
        }

        var marker = new Regex($"data-testid=\"{Regex.Escape(expect)}\"", RegexOptions.None, TimeSpan.FromSeconds(1));
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };
        if (!anonymous && !await SignInAsync(http, email, password))
        {
            Console.Error.WriteLine($"Could not sign in as {email}.");
            return 1;
        }

        var times = new List<double>(requests);
        var results = 0;
        for (var i = 0; i < requests + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.Error.WriteLine($"GET answered {(int)response.StatusCode}.");
                return 1;
            }

            results = marker.Count(html);
            if (i >= 5)
            {
                times.Add(elapsed); // the first five warm the caches and the JIT
            }
        }

        if (results == 0)
        {
            Console.Error.WriteLine(mission is not null
                ? "The page rendered no match: is the mission the signed-in client's, with skills that match?"
                : $"The page rendered no element with data-testid=\"{expect}\".");
            return 1;
        }

        times.Sort();
        double P(int p) => times[Math.Clamp((int)Math.Ceiling(p / 100.0 * times.Count) - 1, 0, times.Count - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"page={path} requests={times.Count} marked_elements={results} p50_ms={P(50):0.0} p95_ms={P(95):0.0} max_ms={times[^1]:0.0}"));
        return 0;
    }

    internal static async Task<bool> SignInAsync(HttpClient http, string email, string password)
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
}
