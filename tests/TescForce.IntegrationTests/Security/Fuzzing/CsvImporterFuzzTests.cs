using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants.Import;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Security.Fuzzing;

/// <summary>
/// The CSV importer fed mutated files (<see cref="CsvMutations"/>): a dry run never writes, an import either writes exactly the
/// profiles it reports or writes nothing, a refused file writes nothing, and nothing throws.
/// </summary>
public sealed class CsvImporterFuzzTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    /// <summary>Inputs between two resets of the database, so that the company's profiles stay few.</summary>
    private const int Block = 500;

    [Theory, BothProviders]
    public async Task Mutated_files_are_imported_with_their_errors_or_refused_and_a_refusal_writes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var fingerprint = await RowFingerprint.OpenAsync(database);
        var member = await CompanyAsync(database);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ConsultantImportService>();

        var report = await Fuzzer.RunAsync("csv-import " + provider, CsvMutations.Files, FuzzBudget.Inputs(regular: 300), async (file, tally) =>
        {
            var options = new ConsultantImportOptions(file.AllOrNothing);
            var before = await fingerprint.ReadAsync();
            var dryRun = await importer.DryRunAsync(member, new MemoryStream(file.Bytes), options);
            if (await fingerprint.ReadAsync() != before)
            {
                return "the dry run wrote";
            }

            var import = await importer.ImportAsync(member, new MemoryStream(file.Bytes), options);
            var after = await fingerprint.ReadAsync();
            tally.Tally(import.Committed ? "committed" : import.FileErrors.Count > 0 ? "refused" : "nothing to import");
            if (!import.Committed)
            {
                return after == before ? null : $"an import that was not committed wrote ({before} -> {after}; {Describe(import)})";
            }

            var created = RowFingerprint.Consultants(after) - RowFingerprint.Consultants(before);
            return (import.FileErrors.Count, created, dryRun.FileErrors.Count) switch
            {
                ( > 0, _, _) => "a refused file was committed",
                (_, var n, _) when n != import.Creates => $"{n} profiles created, {import.Creates} reported",
                (_, _, > 0) => "the dry run refused a file the import took",
                _ when import.Invalid > 0 && file.AllOrNothing => "all or nothing, yet a file with invalid rows was committed",
                _ => null,
            };
        }, every: async () => member = await CompanyAsync(await Fixture.UseAsync(provider)), block: Block);

        report.Conclude(output);
    }

    private static async Task<ActingUser> CompanyAsync(TestDatabase database) =>
        (await TestData.InsertCompanyAsync(database, "Fuzzed Imports")).Member;

    private static string Describe(ConsultantImportReport report) =>
        $"rows {report.Rows}, creates {report.Creates}, updates {report.Updates}, invalid {report.Invalid}, file errors "
        + string.Join(", ", report.FileErrors.Select(e => e.Code));
}
