using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Skills;
using TescForce.Application.Skills.Taxonomy;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Api;
using TescForce.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// The skill search (the API's <c>/skills?q=</c>, the catalogue behind the pickers, the curators' taxonomy search) and the API's
/// consultant filter, fed hostile queries: the API answers 200 or a 400 problem, the services answer or refuse with a validation
/// error, and nothing throws.
/// </summary>
public sealed class SearchFuzzTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    /// <summary>Where a query goes: each input tries one of them.</summary>
    private static readonly string[] Surfaces = ["/api/v1/skills", "/api/v1/consultants", "catalogue", "catalogue (all)", "taxonomy"];

    /// <summary>Percent-encodings that decode to nothing valid, sent as they are.</summary>
    private static readonly string[] RawQueries = ["%ff", "%", "%zz", "%00", "%c3%28", "%ed%a0%80", "%e2%80%ae", "%2500", "a%", "%u0041", "+%2B+"];

    private sealed record Query(string Text, bool Raw, string Language, int Surface)
    {
        public string Url(string path) =>
            $"{path}?q={(Raw ? Text : Escape(Text))}&lang={Escape(Language)}";

        /// <summary>Every byte percent-encoded; a lone surrogate goes as U+FFFD, as a browser would send it.</summary>
        private static string Escape(string text) => string.Concat(System.Text.Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}"));

        public override string ToString() => $"{Surfaces[Surface]}: {(Raw ? "raw " : "")}q={Text} lang={Language}";
    }

    private static readonly Gen<Query> Queries = Gen.Frequency(
        (9, from text in MalformedText.Text
            from language in Gen.Frequency((8, Gen.OneOf("en", "fr")), (1, MalformedText.Attack))
            from surface in Gen.Int[0, Surfaces.Length - 1]
            select new Query(text, false, language, surface)),
        (1, from text in Gen.OneOf(RawQueries) from surface in Gen.Int[0, 1] select new Query(text, true, "en", surface)));

    [Theory, BothProviders]
    public async Task Hostile_queries_are_answered_or_refused_with_a_400_never_an_error(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = ApiHost.Start(database, FuzzBudget.UnlimitedApi);
        var (_, _, company) = await host.CompanyAsync("Searching Company");
        await using var scope = host.App.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<SkillCatalogue>();
        var taxonomy = scope.ServiceProvider.GetRequiredService<TaxonomyService>();

        var report = await Fuzzer.RunAsync("search " + provider, Queries, FuzzBudget.Inputs(regular: 1_000), async (query, tally) =>
        {
            var language = query.Language is "fr" ? "fr" : "en";
            switch (query.Surface)
            {
                case 0 or 1:
                    var path = Surfaces[query.Surface];
                    using (var response = await company.GetAsync(query.Url(path)))
                    {
                        var status = (int)response.StatusCode;
                        tally.Tally(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        return status is 200 || (status is 400 && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                            ? null
                            : $"{status} on {path}: {await response.Content.ReadAsStringAsync()}";
                    }

                case 2:
                    await catalogue.SearchAsync(query.Text, language);
                    return null;
                case 3:
                    await catalogue.SearchAllAsync(query.Text, language, TaxonomyService.MaxSearchHits);
                    return null;
                default:
                    try
                    {
                        await taxonomy.SearchAsync(TestData.Curator, new TaxonomyQuery(query.Text), new PageRequest(), language);
                    }
                    catch (ValidationFailedException)
                    {
                        // Too long a query: refused with its message, as the page shows it.
                    }

                    return null;
            }
        });

        report.Conclude(output);
    }
}
