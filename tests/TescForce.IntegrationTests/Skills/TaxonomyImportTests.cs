using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Skills;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Skills;

public sealed class TaxonomyImportTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Kubernetes = "tescforce:kubernetes";
    private const string EscoPython = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    [Theory, BothProviders]
    public async Task The_embedded_files_import_into_an_empty_database_with_the_supplement_attached_to_esco(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider, keepReferenceData: false);

        var result = await ImportAsync(database, TaxonomySource.LoadEmbedded());

        result.Skipped.ShouldBeFalse();
        await using var db = database.CreateDbContext();
        var supplement = await db.SkillTags.Where(s => s.Origin == SkillOrigin.Supplement).Include(s => s.Parents).Include(s => s.AltLabels).ToListAsync();
        supplement.Count.ShouldBeGreaterThanOrEqualTo(150);
        supplement.ShouldAllBe(s => s.Parents.Count > 0 && s.LabelFr != null && s.AltLabels.Count > 0);
        (await ReachesEscoAsync(db, supplement.Select(s => s.Id))).ShouldBeTrue();
        (await db.SkillTags.CountAsync(s => s.Origin == SkillOrigin.Esco)).ShouldBe(1284 + 485);
        (await db.SkillRelations.CountAsync()).ShouldBeGreaterThan(400);
    }

    [Theory, BothProviders]
    public async Task Importing_the_same_files_again_changes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider, keepReferenceData: false);
        var source = TaxonomySource.LoadEmbedded();
        await ImportAsync(database, source);
        var before = await SnapshotAsync(database);

        var skipped = await ImportAsync(database, source);
        var forced = await ImportAsync(database, source, force: true);

        skipped.Skipped.ShouldBeTrue();
        forced.ShouldBe(new TaxonomyImportResult(false, 0, 0, 0));
        (await SnapshotAsync(database)).ShouldBe(before);
    }

    [Theory, BothProviders]
    public async Task A_newer_file_updates_esco_labels_but_keeps_what_curators_changed_or_added(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider, keepReferenceData: false);
        var files = EmbeddedFiles();
        await ImportAsync(database, TaxonomySource.Parse(files));
        await ExecuteDbContextAsync(database, async db =>
        {
            var kubernetes = await db.SkillTags.Include(s => s.AltLabels).SingleAsync(s => s.Code == Kubernetes);
            kubernetes.LabelFr = "Kubernetes (orchestrateur)";
            kubernetes.LabelFrCurated = true;
            kubernetes.AltLabels.Add(new SkillAltLabel { Language = "en", Text = "k8s platform engineering", Origin = SkillOrigin.Curator });
            kubernetes.AltLabels.Single(a => a.Text == "kube").Removed = true;
            db.SkillTags.Add(new SkillTag { Code = "curator:thermal-control", LabelEn = "spacecraft thermal control", Origin = SkillOrigin.Curator, UpdatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        files["esco_digital_skills.csv"] = files["esco_digital_skills.csv"]!.Replace(",Python (computer programming),Python,", ",Python (programming language),Python,", StringComparison.Ordinal);
        files["tescforce_supplement.csv"] = files["tescforce_supplement.csv"]!.Replace(",Kubernetes,Kubernetes,", ",Kubernetes,Kubernetes (K8s),", StringComparison.Ordinal);
        var result = await ImportAsync(database, TaxonomySource.Parse(files));

        await using var check = database.CreateDbContext();
        var python = await check.SkillTags.SingleAsync(s => s.Code == EscoPython);
        var k8s = await check.SkillTags.Include(s => s.AltLabels).SingleAsync(s => s.Code == Kubernetes);
        result.Updated.ShouldBeGreaterThanOrEqualTo(1);
        python.LabelEn.ShouldBe("Python (programming language)");
        k8s.LabelFr.ShouldBe("Kubernetes (orchestrateur)");
        k8s.AltLabels.ShouldContain(a => a.Text == "k8s platform engineering" && !a.Removed);
        k8s.AltLabels.Single(a => a.Text == "kube").Removed.ShouldBeTrue();
        (await check.SkillTags.AnyAsync(s => s.Code == "curator:thermal-control")).ShouldBeTrue();
    }

    private static Dictionary<string, string?> EmbeddedFiles()
    {
        var assembly = typeof(TaxonomySource).Assembly;
        return new[] { "esco_skill_groups.csv", "esco_digital_skills.csv", "esco_skill_relations.csv", "tescforce_supplement.csv" }
            .ToDictionary(name => name, name =>
            {
                using var stream = assembly.GetManifestResourceStream("TescForce.Infrastructure.Data.Esco." + name)!;
                return (string?)new StreamReader(stream).ReadToEnd();
            });
    }

    private static async Task<TaxonomyImportResult> ImportAsync(TestDatabase database, TaxonomySource source, bool force = false)
    {
        await using var db = database.CreateDbContext();
        return await new TaxonomyImporter(db, TimeProvider.System, NullLogger<TaxonomyImporter>.Instance).ImportAsync(source, force);
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var skills = await db.SkillTags.OrderBy(s => s.Code).Select(s => s.Code + s.LabelEn + s.LabelFr + s.Status).ToListAsync();
        var labels = await db.SkillAltLabels.OrderBy(a => a.SkillTagId).ThenBy(a => a.Language).ThenBy(a => a.Text).Select(a => a.SkillTagId + a.Language + a.Text).ToListAsync();
        var links = await db.SkillParentLinks.OrderBy(l => l.ChildId).ThenBy(l => l.ParentId).Select(l => l.ChildId + ">" + l.ParentId).ToListAsync();
        return string.Join('\n', skills.Concat(labels).Concat(links));
    }

    /// <summary>Every given skill has an ancestor of ESCO origin (walking parent links, which may branch).</summary>
    private static async Task<bool> ReachesEscoAsync(TescForceDbContext db, IEnumerable<int> ids)
    {
        var origin = await db.SkillTags.ToDictionaryAsync(s => s.Id, s => s.Origin);
        var parents = (await db.SkillParentLinks.ToListAsync()).ToLookup(l => l.ChildId, l => l.ParentId);
        return ids.All(id =>
        {
            var seen = new HashSet<int>();
            var frontier = new Queue<int>(parents[id]);
            while (frontier.TryDequeue(out var next))
            {
                if (origin[next] == SkillOrigin.Esco)
                {
                    return true;
                }

                if (seen.Add(next))
                {
                    foreach (var parent in parents[next])
                    {
                        frontier.Enqueue(parent);
                    }
                }
            }

            return false;
        });
    }
}
