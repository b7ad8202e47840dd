using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Matching;
using TescForce.Application.Missions;
using TescForce.Application.Skills;
using TescForce.Application.Skills.Taxonomy;
using TescForce.Domain.Common;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using MatchImportance = TescForce.Matching.Queries.SkillImportance;
using MatchRelaxation = TescForce.Matching.Queries.MatchRelaxation;

namespace TescForce.IntegrationTests.Skills;

/// <summary>
/// The curators' taxonomy management. The imported taxonomy is shared by every test of the run, so these
/// tests change only custom skills they create, with labels no other test uses.
/// </summary>
public sealed class TaxonomyServiceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly ActingUser Curator = TestData.Curator;

    [Theory, BothProviders]
    public async Task A_merge_moves_profiles_and_missions_keeps_the_stronger_values_and_turns_labels_into_synonyms(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var source = await context.CustomAsync("Merged away", "Fusionnee ailleurs");
        var target = await context.CustomAsync("Kept skill");
        await context.Taxonomy.AddSynonymAsync(Curator, source, "en", $"Old alias {context.Tag}");
        var onlySource = await context.Consultants.CreateAsync(context.Member, TestData.Input("Only Source", source));
        var both = TestData.Input("Both Skills", source, target);
        both.Skills[1].Level = 2;
        both.Skills[1].Years = 8;
        var bothId = await context.Consultants.CreateAsync(context.Member, both);
        var firstMission = await context.MissionAsync((source, SkillImportance.MustHave, 3));
        var secondMission = await context.MissionAsync((source, SkillImportance.NiceToHave, 4), (target, SkillImportance.Important, 2));

        var result = await context.Taxonomy.MergeAsync(Curator, source, target);

        result.ShouldBe(new SkillMergeResult(2, 2, 3));
        await using var db = context.Database.CreateDbContext();
        (await db.ConsultantSkills.AnyAsync(s => s.SkillTagId == source)).ShouldBeFalse();
        (await db.MissionSkills.AnyAsync(s => s.SkillTagId == source)).ShouldBeFalse();
        var moved = await db.ConsultantSkills.Where(s => s.SkillTagId == target).ToDictionaryAsync(s => s.ConsultantId);
        (moved[onlySource].Level, moved[onlySource].Years).ShouldBe((4, 5));
        (moved[bothId].Level, moved[bothId].Years).ShouldBe((4, 8));
        var required = await db.MissionSkills.Where(s => s.SkillTagId == target).ToDictionaryAsync(s => s.MissionId);
        (required[firstMission].Importance, required[firstMission].MinLevel).ShouldBe((SkillImportance.MustHave, 3));
        (required[secondMission].Importance, required[secondMission].MinLevel).ShouldBe((SkillImportance.Important, 4));
        var merged = await db.SkillTags.SingleAsync(s => s.Id == source);
        (merged.Status, merged.MergedIntoId).ShouldBe((SkillStatus.Merged, target));
        var synonyms = await db.SkillAltLabels.Where(a => a.SkillTagId == target && !a.Removed).Select(a => a.Language + ":" + a.Text).ToListAsync();
        synonyms.ShouldBe([$"en:Merged away {context.Tag}", $"fr:Fusionnee ailleurs {context.Tag}", $"en:Old alias {context.Tag}"], ignoreOrder: true);
        (await context.Catalogue.ResolveAsync($"merged away {context.Tag}", "en")).SkillId.ShouldBe(target);
    }

    [Theory, BothProviders]
    public async Task After_a_merge_a_consultant_with_the_merged_skill_matches_a_mission_requiring_the_survivor(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var source = await context.CustomAsync("Matching source");
        var target = await context.CustomAsync("Matching survivor");
        await TestData.PublishAsync(context.Consultants, context.Member, TestData.Input("Source Holder", source));
        var client = ActingUser.Create("client", [Roles.ClientMember]);
        var criteria = new MissionCriteria
        {
            Skills = [new RequiredSkillInput(target, MatchImportance.MustHave)],
            Languages = [new RequiredLanguageInput("en", CefrLevel.B2)],
            Start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7),
        };
        (await context.Matching.RankAsync(client, criteria, MatchRelaxation.None, new PageRequest(), "en")).Total.ShouldBe(0);
        (await context.Matching.RankAsync(client, criteria with { Skills = [new RequiredSkillInput(source, MatchImportance.MustHave)] },
            MatchRelaxation.None, new PageRequest(), "en")).Total.ShouldBe(1);

        await context.Taxonomy.MergeAsync(Curator, source, target);

        var after = await context.Matching.RankAsync(client, criteria, MatchRelaxation.None, new PageRequest(), "en");
        after.Total.ShouldBe(1);
        after.Items[0].Explanation.Skills.Single().Kind.ShouldBe(TescForce.Matching.Taxonomy.SkillMatchKind.Exact);
    }

    [Theory, BothProviders]
    public async Task A_merge_into_itself_a_deprecated_or_a_merged_skill_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var source = await context.CustomAsync("Refused source");
        var deprecated = await context.CustomAsync("Refused deprecated");
        var gone = await context.CustomAsync("Refused gone");
        var survivor = await context.CustomAsync("Refused survivor");
        await context.Consultants.CreateAsync(context.Member, TestData.Input("Stays Put", source));
        await context.Taxonomy.DeprecateAsync(Curator, deprecated);
        await context.Taxonomy.MergeAsync(Curator, gone, survivor);
        var before = await context.SnapshotAsync(source);

        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.MergeAsync(Curator, source, source))).Errors.Keys.ShouldBe(["TargetId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.MergeAsync(Curator, source, deprecated))).Errors.Keys.ShouldBe(["TargetId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.MergeAsync(Curator, source, gone))).Errors.Keys.ShouldBe(["TargetId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.MergeAsync(Curator, source, 999_999))).Errors.Keys.ShouldBe(["TargetId"]);
        await Should.ThrowAsync<DomainException>(() => context.Taxonomy.MergeAsync(Curator, gone, source));

        (await context.SnapshotAsync(source)).ShouldBe(before);
    }

    [Theory, BothProviders]
    public async Task A_parent_that_would_close_a_cycle_is_refused_and_the_last_parent_cannot_be_detached(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var top = await context.CustomAsync("Cycle top");
        var middle = await context.CustomAsync("Cycle middle", parent: top);
        var bottom = await context.CustomAsync("Cycle bottom", parent: middle);
        var before = await context.SnapshotAsync(top);

        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AttachParentAsync(Curator, top, bottom))).Errors.Keys.ShouldBe(["ParentId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AttachParentAsync(Curator, top, top))).Errors.Keys.ShouldBe(["ParentId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AttachParentAsync(Curator, bottom, middle))).Errors.Keys.ShouldBe(["ParentId"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.DetachParentAsync(Curator, bottom, middle))).Errors.Keys.ShouldBe(["ParentId"]);
        (await context.SnapshotAsync(top)).ShouldBe(before);

        await context.Taxonomy.AttachParentAsync(Curator, bottom, top);
        await context.Taxonomy.DetachParentAsync(Curator, bottom, middle);

        var details = await context.Taxonomy.GetAsync(Curator, bottom, "en");
        details.Parents.Select(p => p.Id).ShouldBe([top]);
        (await context.Taxonomy.GetAsync(Curator, top, "en")).Children.Select(c => c.Id).ShouldBe([middle, bottom], ignoreOrder: true);
    }

    [Theory, BothProviders]
    public async Task Edited_labels_are_marked_curated_and_a_label_of_another_skill_is_refused(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var skill = await context.CustomAsync("Label before");
        var other = await context.CustomAsync("Label other");

        await context.Taxonomy.UpdateLabelsAsync(Curator, skill, new SkillLabelsInput { LabelEn = $"Label before {context.Tag}", LabelFr = $"Libelle apres {context.Tag}" });
        var refused = await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.UpdateLabelsAsync(Curator, skill,
            new SkillLabelsInput { LabelEn = $"LABEL OTHER {context.Tag}", LabelFr = new string('x', 201) }));

        refused.Errors.Keys.ShouldBe(["LabelFr"]); // the length is checked first, before any lookup
        var details = await context.Taxonomy.GetAsync(Curator, skill, "fr");
        (details.LabelFr, details.LabelFrCurated).ShouldBe(($"Libelle apres {context.Tag}", true));
        (await context.Catalogue.ResolveAsync($"libellé après {context.Tag}", "fr")).SkillId.ShouldBe(skill);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.UpdateLabelsAsync(Curator, skill,
            new SkillLabelsInput { LabelEn = $"LABEL OTHER {context.Tag}" }))).Errors.Keys.ShouldBe(["LabelEn"]);
        (await context.Taxonomy.GetAsync(Curator, other, "en")).LabelEn.ShouldBe($"Label other {context.Tag}");
    }

    [Theory, BothProviders]
    public async Task Synonyms_are_added_once_per_language_and_removed(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var skill = await context.CustomAsync("Synonym owner");

        await context.Taxonomy.AddSynonymAsync(Curator, skill, "fr", $"  Propriétaire   synonyme {context.Tag} ");
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AddSynonymAsync(Curator, skill, "fr", $"proprietaire synonyme {context.Tag}"))).Errors.Keys.ShouldBe(["Text"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AddSynonymAsync(Curator, skill, "de", "Besitzer"))).Errors.Keys.ShouldBe(["Language"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AddSynonymAsync(Curator, skill, "en", new string('y', 201)))).Errors.Keys.ShouldBe(["Text"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.AddSynonymAsync(Curator, skill, "en", $"synonym owner {context.Tag}"))).Errors.Keys.ShouldBe(["Text"]);

        var synonym = (await context.Taxonomy.GetAsync(Curator, skill, "en")).Synonyms.ShouldHaveSingleItem();
        synonym.Text.ShouldBe($"Propriétaire synonyme {context.Tag}");
        (await context.Catalogue.ResolveAsync($"proprietaire synonyme {context.Tag}", "en")).SkillId.ShouldBe(skill);
        await context.Taxonomy.RemoveSynonymAsync(Curator, skill, synonym.Id);
        (await context.Taxonomy.GetAsync(Curator, skill, "en")).Synonyms.ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task A_custom_skill_gets_a_custom_code_and_a_label_already_in_use_is_refused(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var parent = (await TestData.SkillIdsAsync(context.Database, "tescforce:kubernetes"))[0];

        var id = await context.Taxonomy.CreateCustomAsync(Curator, new CustomSkillInput { LabelEn = $"Rust embarqué C# {context.Tag}", ParentId = parent });

        var details = await context.Taxonomy.GetAsync(Curator, id, "fr");
        details.Code.ShouldBe($"custom:rust-embarque-csharp-{context.Tag}");
        (details.Origin, details.Status, details.LabelFr).ShouldBe((SkillOrigin.Curator, SkillStatus.Active, null));
        details.Parents.Select(p => p.Id).ShouldBe([parent]);
        (await context.Catalogue.SearchAsync($"rust embarque {context.Tag}", "fr"))[0].Id.ShouldBe(id);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.CreateCustomAsync(Curator,
            new CustomSkillInput { LabelEn = $"RUST EMBARQUE C# {context.Tag}" }))).Errors.Keys.ShouldBe(["LabelEn"]);
        (await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.CreateCustomAsync(Curator,
            new CustomSkillInput { LabelEn = "Kubernetes" }))).Errors.Keys.ShouldBe(["LabelEn"]);
        var invalid = await Should.ThrowAsync<ValidationFailedException>(() => context.Taxonomy.CreateCustomAsync(Curator,
            new CustomSkillInput { LabelEn = "  ", LabelFr = "---", ParentId = 999_999 }));
        invalid.Errors.Keys.ShouldBe(["LabelEn", "LabelFr", "ParentId"], ignoreOrder: true);
        await using var db = context.Database.CreateDbContext();
        (await db.SkillTags.CountAsync(s => s.Code.StartsWith("custom:rust-embarque") && s.Code.EndsWith(context.Tag))).ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task A_deprecated_skill_leaves_the_picker_while_profiles_keep_it_and_can_still_be_saved(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var skill = await context.CustomAsync("Deprecated one");
        var keeper = await context.Consultants.CreateAsync(context.Member, TestData.Input("Keeps Skill", skill));

        await context.Taxonomy.DeprecateAsync(Curator, skill);

        (await context.Catalogue.SearchAsync($"deprecated one {context.Tag}", "en")).ShouldNotContain(o => o.Id == skill);
        var profile = await context.Consultants.GetAsync(context.Member, keeper);
        profile.Input.Skills.Select(s => s.SkillTagId).ShouldBe([skill]);
        profile.Input.Headline = "Still here";
        await context.Consultants.UpdateAsync(context.Member, keeper, profile.Input);
        await Should.ThrowAsync<ValidationFailedException>(() => context.Consultants.CreateAsync(context.Member, TestData.Input("Newcomer", skill)));
        var found = await context.Taxonomy.SearchAsync(Curator, new TaxonomyQuery(context.Tag, SkillStatus.Deprecated), new PageRequest(), "en");
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(skill);

        await context.Taxonomy.RestoreAsync(Curator, skill);
        (await context.Catalogue.SearchAsync($"deprecated one {context.Tag}", "en")).ShouldContain(o => o.Id == skill);
    }

    [Theory, BothProviders]
    public async Task The_search_counts_profiles_and_missions_per_skill_and_filters_by_status_and_origin(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var used = await context.CustomAsync("Usage counted");
        var unused = await context.CustomAsync("Usage none");
        var other = await context.CustomAsync("Usage other");
        await context.Consultants.CreateAsync(context.Member, TestData.Input("First User", used));
        await context.Consultants.CreateAsync(context.Member, TestData.Input("Second User", used, other));
        await context.MissionAsync((used, SkillImportance.MustHave, 1));

        var page = await context.Taxonomy.SearchAsync(Curator, new TaxonomyQuery($"usage {context.Tag}", Origin: SkillOrigin.Curator), new PageRequest(), "en");
        var esco = await context.Taxonomy.SearchAsync(Curator, new TaxonomyQuery($"usage {context.Tag}", Origin: SkillOrigin.Esco), new PageRequest(), "en");

        page.Items.Select(i => (i.Id, i.Usage)).ShouldBe([(used, new SkillUsage(2, 1)), (unused, SkillUsage.None), (other, new SkillUsage(1, 0))], ignoreOrder: true);
        esco.TotalCount.ShouldBe(0);
        (await context.Taxonomy.UsageAsync(Curator, used)).ShouldBe(new SkillUsage(2, 1));
        var all = await context.Taxonomy.SearchAsync(Curator, new TaxonomyQuery(), new PageRequest(2, 10), "fr");
        all.Items.Count.ShouldBe(10);
        all.TotalCount.ShouldBeGreaterThan(1000);
    }

    [Theory, BothProviders]
    public async Task Only_curators_manage_the_taxonomy(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var skill = await context.CustomAsync("Guarded");
        var member = context.Member;

        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.SearchAsync(member, new TaxonomyQuery(), new PageRequest(), "en"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.GetAsync(member, skill, "en"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.UpdateLabelsAsync(member, skill, new SkillLabelsInput { LabelEn = "Hijacked" }));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.AddSynonymAsync(member, skill, "en", "Hijacked"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.CreateCustomAsync(member, new CustomSkillInput { LabelEn = "Hijacked" }));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.DeprecateAsync(member, skill));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.MergeAsync(member, skill, skill + 1));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Taxonomy.AttachParentAsync(member, skill, 1));
        (await context.Taxonomy.GetAsync(Curator, skill, "en")).Status.ShouldBe(SkillStatus.Active);
    }

    private async Task<TestContext> ContextAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var scope = app.Services.CreateAsyncScope();
        var (_, member) = await TestData.InsertCompanyAsync(database, "Taxonomy Company");
        var (_, client) = await TestData.InsertClientAsync(database, "Taxonomy Client");
        return new TestContext(database, app, scope, member, client);
    }

    private sealed class TestContext(TestDatabase database, TescForceWebApplicationFactory app, AsyncServiceScope scope, ActingUser member, ActingUser client)
        : IAsyncDisposable
    {
        /// <summary>A word no other label holds, so the skills of this test are its own.</summary>
        public string Tag { get; } = "t" + Guid.NewGuid().ToString("N")[..10];

        public TestDatabase Database { get; } = database;

        public ActingUser Member { get; } = member;

        public TaxonomyService Taxonomy => scope.ServiceProvider.GetRequiredService<TaxonomyService>();

        public SkillCatalogue Catalogue => scope.ServiceProvider.GetRequiredService<SkillCatalogue>();

        public ConsultantService Consultants => scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public MatchingService Matching => scope.ServiceProvider.GetRequiredService<MatchingService>();

        public Task<int> CustomAsync(string label, string? french = null, int? parent = null) =>
            Taxonomy.CreateCustomAsync(Curator, new CustomSkillInput
            {
                LabelEn = $"{label} {Tag}", LabelFr = french is null ? null : $"{french} {Tag}", ParentId = parent,
            });

        public Task<Guid> MissionAsync(params (int Skill, SkillImportance Importance, int MinLevel)[] skills) =>
            scope.ServiceProvider.GetRequiredService<MissionService>().CreateAsync(client, new MissionInput
            {
                Title = "Taxonomy mission",
                Skills = [.. skills.Select(s => new MissionSkillInput { SkillTagId = s.Skill, Importance = s.Importance, MinLevel = s.MinLevel })],
                Languages = [new MissionLanguageInput { Code = "en", MinLevel = CefrLevel.B2 }],
                StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
            });

        /// <summary>Everything a refused change must leave as it was: the skills of this test, their links and synonyms, and the profiles' skills.</summary>
        public async Task<string> SnapshotAsync(int anySkill)
        {
            await using var db = Database.CreateDbContext();
            var ids = await db.SkillTags.Where(s => s.Code.EndsWith(Tag)).Select(s => s.Id).ToListAsync();
            var skills = await db.SkillTags.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id)
                .Select(s => $"{s.Id}|{s.LabelEn}|{s.LabelFr}|{s.Status}|{s.MergedIntoId}|{s.UpdatedAt:O}").ToListAsync();
            var links = await db.SkillParentLinks.Where(l => ids.Contains(l.ChildId)).OrderBy(l => l.ChildId).ThenBy(l => l.ParentId)
                .Select(l => $"{l.ChildId}>{l.ParentId}:{l.Detached}").ToListAsync();
            var synonyms = await db.SkillAltLabels.Where(a => ids.Contains(a.SkillTagId)).OrderBy(a => a.Id).Select(a => $"{a.SkillTagId}:{a.Text}:{a.Removed}").ToListAsync();
            var held = await db.ConsultantSkills.Where(s => ids.Contains(s.SkillTagId)).OrderBy(s => s.SkillTagId).Select(s => $"{s.SkillTagId}:{s.Level}").ToListAsync();
            ids.ShouldContain(anySkill);
            return string.Join("\n", skills.Concat(links).Concat(synonyms).Concat(held));
        }

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
