using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Consultants.Import;
using TescForce.Application.Skills;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Skills;

namespace TescForce.Benchmarks;

/// <summary>
/// <c>quick-import [--rows N] [--files F] [--provider sqlite|postgresql|both]</c>: generates a realistic CSV of N
/// consultants (default 10,000) whose skills are labels of the real catalogue (English, French and
/// synonyms), then times the dry run and the import of the whole file into a fresh database created by
/// the real migrations, then the same for a file that changes every row (updates). With <c>--files F</c>, F
/// companies each import their own file of N other consultants, one after the other (a file holds at most
/// 20,000 rows: 100,000 consultants are five files), and a last line sums them. SQLite always;
/// PostgreSQL too when <c>TESCFORCE_TEST_POSTGRES</c> names a server (a throw-away database is created
/// and dropped). Prints <c>import rows=… dry_run_ms=… commit_ms=… total_ms=…</c> per run.
/// </summary>
public static class QuickImport
{
    private const string PostgresVariable = "TESCFORCE_TEST_POSTGRES";

    public static int Run(string[] args)
    {
        var rows = 10_000;
        var files = 1;
        var providers = "both";
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--rows" && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0)
            {
                rows = r;
            }
            else if (args[i] == "--files" && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var f) && f > 0)
            {
                files = f;
            }
            else if (args[i] == "--provider")
            {
                providers = args[i + 1].ToLowerInvariant();
            }
        }

        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var failures = 0;
        if (providers is "both" or "sqlite")
        {
            failures += RunSqliteAsync(rows, files).GetAwaiter().GetResult();
        }

        if (providers is "both" or "postgresql" or "postgres")
        {
            if (string.IsNullOrWhiteSpace(postgres))
            {
                Console.WriteLine($"postgresql skipped: set {PostgresVariable} to a server where the user may create databases");
            }
            else
            {
                failures += RunPostgresAsync(postgres, rows, files).GetAwaiter().GetResult();
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunSqliteAsync(int rows, int files)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tescforce-bench-{Guid.NewGuid():N}.db");
        try
        {
            return await MeasureAsync(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ToString(), rows, files);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<int> RunPostgresAsync(string adminConnectionString, int rows, int files)
    {
        var name = $"tescforce_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE \"{name}\"");
        try
        {
            return await MeasureAsync(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString(), rows, files);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task<int> MeasureAsync(DatabaseProvider provider, string connectionString, int rows, int files)
    {
        var options = DesignTimeDbContextOptions.Create(provider, connectionString);
        var factory = new DbFactory(options);
        var setup = Stopwatch.StartNew();
        await using (var db = new TescForceDbContext(options))
        {
            await db.Database.MigrateAsync();
            await new TaxonomyImporter(db, TimeProvider.System, NullLogger<TaxonomyImporter>.Instance).ImportAsync(TaxonomySource.LoadEmbedded());
        }

        var catalogue = new SkillCatalogue(factory);
        var importer = new ConsultantImportService(factory, catalogue, TimeProvider.System);
        var labels = await SkillLabelsAsync(factory, catalogue);
        var setupMs = setup.Elapsed.TotalMilliseconds;

        // Warm-up on another company (JIT, EF model and query caches), as a running server would be.
        var warmUp = Generate(200, labels, rateShift: 0);
        await importer.ImportAsync(await CompanyAsync(factory, "901000000"), new MemoryStream(warmUp), new ConsultantImportOptions());

        var name = provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        var failures = 0;
        var total = Stopwatch.StartNew();
        for (var f = 0; f < files; f++)
        {
            var member = await CompanyAsync(factory, f == 0 ? "842135576" : (902_000_000 + f).ToString(CultureInfo.InvariantCulture));
            var created = Generate(rows, labels, rateShift: 0, offset: f * rows);
            var updated = Generate(rows, labels, rateShift: 10, offset: f * rows);
            Console.WriteLine(Invariant($"setup provider={name} migrate_and_taxonomy_ms={setupMs:0} file_bytes={created.Length} skill_labels={labels.Count}"));
            failures += await TimeAsync("import", name, importer, member, created, rows, r => r.Creates == rows);
            failures += await TimeAsync("update", name, importer, member, updated, rows, r => r.Updates == rows);
        }

        if (files > 1)
        {
            // Generating the files is in this total; the lines above give each import and update alone.
            Console.WriteLine(Invariant($"import-total provider={name} files={files} rows={files * rows} total_ms={total.Elapsed.TotalMilliseconds:0} failures={failures}"));
        }

        return failures;
    }

    private static async Task<int> TimeAsync(string what, string provider, ConsultantImportService importer, ActingUser member, byte[] file, int rows,
        Func<ConsultantImportReport, bool> expected)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var dryRun = await importer.DryRunAsync(member, new MemoryStream(file), new ConsultantImportOptions());
        var dryRunMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var import = await importer.ImportAsync(member, new MemoryStream(file), new ConsultantImportOptions());
        var commitMs = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        // The machine may be shared: the process's CPU time and the load average tell a slow run from a busy machine.
        Console.WriteLine(Invariant(
            $"{what} rows={rows} dry_run_ms={dryRunMs:0} commit_ms={commitMs:0} total_ms={dryRunMs + commitMs:0} provider={provider} created={import.Creates} updated={import.Updates} invalid={import.Invalid} process_cpu_ms={cpuMs:0} load_avg={LoadAverage()}"));
        if (!dryRun.CanImport(false) || !import.Committed || !expected(import))
        {
            var first = import.FileErrors.Concat(import.RowErrors).FirstOrDefault();
            Console.WriteLine($"{what} failed: {first?.Line} {first?.Column} {first?.Message}");
            return 1;
        }

        return 0;
    }

    /// <summary>Labels that resolve to their skill, so that every generated row is valid: preferred labels in both languages and a few synonyms.</summary>
    private static async Task<List<(int Id, string Label)>> SkillLabelsAsync(IAppDbFactory factory, SkillCatalogue catalogue)
    {
        await using var db = await factory.CreateAsync();
        var skills = await db.SkillTags.AsNoTracking().Where(s => s.Status == SkillStatus.Active && s.Type != SkillConceptType.Group)
            .Select(s => new { s.Id, s.LabelEn, s.LabelFr }).ToListAsync();
        var synonyms = await db.SkillAltLabels.AsNoTracking().Where(a => !a.Removed).Select(a => new { a.SkillTagId, a.Text }).Take(400).ToListAsync();
        var resolve = await catalogue.CreateResolverAsync("en");
        return skills.SelectMany(s => new[] { (s.Id, s.LabelEn), (s.Id, s.LabelFr ?? "") })
            .Concat(synonyms.Select(a => (a.SkillTagId, a.Text)))
            .Where(l => l.Item2.Length > 0 && !l.Item2.Contains('|', StringComparison.Ordinal) && resolve(l.Item2).SkillId == l.Item1)
            .Select(l => (l.Item1, l.Item2))
            .ToList();
    }

    /// <param name="offset">The number of the first row: files of several companies name other people.</param>
    private static byte[] Generate(int rows, List<(int Id, string Label)> labels, int rateShift, int offset = 0)
    {
        string[] first = ["Camille", "Léa", "Hugo", "Chloé", "Lucas", "Inès", "Thomas", "Zoé", "Nathan", "Manon", "Élodie", "François"];
        string[] last = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Faure", "Garnier"];
        string[] headlines = ["Senior embedded software engineer", "Data scientist, computer vision", "Cybersecurity analyst", "DevOps engineer",
            "Flight software engineer", "Machine learning engineer", "Full-stack developer", "Robotics engineer"];
        string[] cities = ["Toulouse", "Blagnac", "Montpellier", "Albi", "Castres", "Colomiers", "Labège", "Perpignan"];
        string[] sectors = ["aerospace", "space", "defence", "automotive", "rail", "energy", "health", "finance"];
        string[] remote = ["fully_remote", "remote_with_travel", "flexible"];
        string[] levels = ["B1", "B2", "C1", "C2"];
        var random = new Random(42 + offset);
        var text = new StringBuilder();
        text.AppendJoin(';', ConsultantCsvFormat.ImportColumns.Select(c => c.Name)).Append("\r\n");
        for (var i = offset; i < offset + rows; i++)
        {
            var name = $"{first[random.Next(first.Length)]} {last[random.Next(last.Length)]}";
            var skills = new Dictionary<int, string>();
            var wanted = random.Next(3, 13);
            while (skills.Count < wanted)
            {
                var (id, label) = labels[random.Next(labels.Count)];
                skills.TryAdd(id, random.Next(3) == 0 ? $"{label}:{random.Next(1, 6)}" : $"{label}:{random.Next(1, 6)}:{random.Next(0, 16)}");
            }

            var from = new DateOnly(2026, 12, 1).AddDays(random.Next(0, 120));
            string[] cells =
            [
                $"E-{i:D6}", name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{i}@example.com", headlines[random.Next(headlines.Length)],
                random.Next(4) == 0 ? "\"Ten years of flight software; DO-178C level A.\nC, Ada and \"\"model-based\"\" design.\"" : "",
                random.Next(1, 30).ToString(CultureInfo.InvariantCulture), cities[random.Next(cities.Length)], "FR", remote[random.Next(remote.Length)],
                (random.Next(40, 90) * 10 + rateShift).ToString(CultureInfo.InvariantCulture), "Europe/Paris", "09:00", "18:00",
                from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                random.Next(3) == 0 ? from.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                (random.Next(5, 11) * 10).ToString(CultureInfo.InvariantCulture),
                Quote(string.Join('|', skills.Values)), $"fr:C2|en:{levels[random.Next(levels.Length)]}",
                string.Join('|', sectors.OrderBy(_ => random.Next()).Take(random.Next(0, 3))), random.Next(3) == 0 ? "ISTQB Foundation|PMP" : "",
                "2026-01-15", "signed form",
            ];
            text.AppendJoin(';', cells).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string cell) =>
        cell.Contains(';', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private static async Task<ActingUser> CompanyAsync(IAppDbFactory factory, string siren)
    {
        await using var db = await factory.CreateAsync();
        var company = new MemberCompany { Name = $"Bench {siren}", Siren = siren, City = "Toulouse", CreatedAt = DateTime.UtcNow };
        db.MemberCompanies.Add(company);
        await db.SaveChangesAsync();
        return ActingUser.Create($"bench-{siren}", [Roles.CompanyMember], company.Id);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class DbFactory(DbContextOptions<TescForceDbContext> options) : IAppDbFactory
    {
        public Task<IAppDb> CreateAsync(CancellationToken cancellationToken = default) => Task.FromResult<IAppDb>(new TescForceDbContext(options));

        // These options carry no interceptor, so nothing is audited: the benchmark measures the import alone.
        public Task<IAppDb> CreateAsync(ActingUser actor, CancellationToken cancellationToken = default) =>
            CreateAsync(cancellationToken);
    }
}
