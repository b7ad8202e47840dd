using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.DemoData;

namespace TescForce.Web.Commands;

/// <summary>
/// <c>seed-demo</c>: migrates when needed, then runs the demo data generator. The generator writes once per
/// database (its marker among the reference data imports) and has no way to undo or replace what it wrote,
/// so the command refuses, rather than silently doing nothing, when that marker is there; it also refuses a
/// database that already holds consultants, so that generated companies never mix with real ones.
/// </summary>
public sealed class SeedDemoCommand : IHostCommand
{
    private const string Consultants = "consultants";
    private const string Companies = "companies";

    public string Name => "seed-demo";

    public string Summary => "Migrate if needed, then generate the demo companies and consultants (once per database).";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new(Consultants, "N", $"how many consultants (default DemoData:Consultants, {new DemoDataOptions().Consultants:N0})"),
        new(Companies, "N", $"how many member companies, the demo company included (default DemoData:Companies, {new DemoDataOptions().Companies})"),
    ];

    public async Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var defaults = invocation.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        var consultants = invocation.Arguments.WholeNumber(Consultants, defaults.Consultants, minimum: 0);
        var companies = invocation.Arguments.WholeNumber(Companies, defaults.Companies, minimum: 1);
        var output = invocation.Console.Out;
        var stopwatch = Stopwatch.StartNew();

        await MigrateCommand.PrepareDatabaseAsync(invocation, cancellationToken);
        if (await RefusalAsync(invocation.Services.GetRequiredService<TescForceDbContext>(), cancellationToken) is { } refusal)
        {
            invocation.Console.Error.WriteLine($"{Name}: {refusal}");
            return ExitCodes.Failure;
        }

        output.WriteLine($"Generating the demo data: {companies} companies, {consultants:N0} consultants (seed {defaults.Seed})...");
        var result = await invocation.Services.GetRequiredService<DemoDataGenerator>()
            .GenerateAsync(companies, consultants, defaults.Seed, cancellationToken);
        if (result.Skipped)
        {
            // Another process seeded the database between the check and the generation.
            invocation.Console.Error.WriteLine($"{Name}: the database already holds demo data; nothing generated.");
            return ExitCodes.Failure;
        }

        output.WriteLine($"Demo data: {result.Companies} companies, {result.Consultants:N0} consultants, " +
            $"{result.ConsultantSkills:N0} skill lines in {result.Elapsed.TotalSeconds:0.0} s.");
        output.WriteLine($"Done in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
        return ExitCodes.Success;
    }

    private static async Task<string?> RefusalAsync(TescForceDbContext db, CancellationToken cancellationToken)
    {
        var marker = await db.ReferenceDataImports.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Source == DemoDataGenerator.MarkerSource, cancellationToken);
        if (marker is not null)
        {
            return $"the database already holds demo data ({marker.Concepts:N0} consultants, generated {marker.ImportedAt:yyyy-MM-dd HH:mm} UTC); " +
                "nothing generated. Demo data is generated once per database: start from an empty database to generate it again.";
        }

        var existing = await db.Consultants.CountAsync(cancellationToken);
        return existing > 0
            ? $"the database already holds {existing:N0} consultants that are not demo data; nothing generated " +
              "(demo data only goes into a database without consultants)."
            : null;
    }
}
