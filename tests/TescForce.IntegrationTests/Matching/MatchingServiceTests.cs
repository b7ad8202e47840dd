using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Companies;
using TescForce.Application.Consultants;
using TescForce.Application.Matching;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Taxonomy;

namespace TescForce.IntegrationTests.Matching;

/// <summary>The matching service over the real database: the index follows committed changes, and only those.</summary>
public sealed class MatchingServiceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly ActingUser Client = ActingUser.Create("client", [Roles.ClientMember]);
    private static readonly PageRequest FirstPage = new();

    [Theory, BothProviders]
    public async Task A_published_profile_is_ranked_and_explained_and_leaves_the_list_when_archived(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (pytorch, deepLearning) = (context.Skills[1], context.Skills[2]);
        var exact = await context.PublishAsync("Exact Match", 600, pytorch);
        var broader = await context.PublishAsync("Broader Match", 600, deepLearning);
        await context.PublishAsync("Unrelated Match", 600, context.Skills[3]);

        var page = await context.Matching.RankAsync(Client, Criteria(new RequiredSkillInput(pytorch, SkillImportance.Important)), MatchRelaxation.None, FirstPage, "en");

        page.Items.Select(i => i.Card.Reference).ShouldBe([await context.ReferenceAsync(exact), await context.ReferenceAsync(broader)]);
        page.Total.ShouldBe(2);
        page.Items[0].Explanation.Skills.Single().Kind.ShouldBe(SkillMatchKind.Exact);
        var through = page.Items[1].Explanation.Skills.Single();
        through.Kind.ShouldBe(SkillMatchKind.Broader);
        page.SkillLabels[through.ViaSkillId!.Value].ShouldBe("deep learning");
        page.Items[0].Score.ShouldBeGreaterThan(page.Items[1].Score);
        page.Items[0].Explanation.Criteria.Sum(c => c.Points).ShouldBe(page.Items[0].Score, 0.1);

        await context.Consultants.ArchiveAsync(context.Member, [exact]);
        var after = await context.Matching.RankAsync(Client, Criteria(new RequiredSkillInput(pytorch, SkillImportance.Important)), MatchRelaxation.None, FirstPage, "en");

        after.Items.Select(i => i.Card.Reference).ShouldBe([await context.ReferenceAsync(broader)]);
    }

    [Theory, BothProviders]
    public async Task An_edit_is_reflected_at_once_and_why_not_names_the_constraint(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var id = await context.PublishAsync("Rate Person", 600, context.Skills[0]);
        var criteria = Criteria(new RequiredSkillInput(context.Skills[0], SkillImportance.MustHave)) with { MaxDailyRateEur = 700 };
        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(1);

        var details = await context.Consultants.GetAsync(context.Member, id);
        var input = details.Input;
        input.DailyRateEur = 800;
        await context.Consultants.UpdateAsync(context.Member, id, input);

        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(0);
        var why = await context.Matching.WhyNotAsync(Client, criteria, MatchRelaxation.None, details.Reference.ToLowerInvariant(), "en");
        why.Status.ShouldBe(WhyNotStatus.Excluded);
        why.Failures.ShouldHaveSingleItem().ShouldBe(new ConstraintFailure(MatchConstraint.Rate, FailureReason.RateTooHigh, null, 800, 700));

        var relaxed = await context.Matching.RankAsync(Client, criteria, new MatchRelaxation(ExtraRateTolerancePercent: 15), FirstPage, "en");
        relaxed.Items.ShouldHaveSingleItem().Explanation.Relaxed.ShouldHaveSingleItem().Constraint.ShouldBe(MatchConstraint.Rate);
    }

    [Theory, BothProviders]
    public async Task A_save_of_several_rows_reaches_the_index_at_once(DatabaseProvider provider)
    {
        // Adding a skill and changing the rate is one SaveChanges of several statements, which EF Core wraps
        // in a transaction of its own: the change feed must still report it when that transaction commits.
        await using var context = await ContextAsync(provider);
        var id = await context.PublishAsync("Growing Person", 600, context.Skills[0]);
        var criteria = Criteria(new RequiredSkillInput(context.Skills[1], SkillImportance.MustHave));
        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(0);

        var input = (await context.Consultants.GetAsync(context.Member, id)).Input;
        input.Skills.Add(new SkillInput { SkillTagId = context.Skills[1], Level = 4, Years = 3 });
        input.DailyRateEur = 650;
        await context.Consultants.UpdateAsync(context.Member, id, input);

        var after = await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en");
        after.Items.ShouldHaveSingleItem().Card.DailyRateEur.ShouldBe(650);
    }

    [Theory, BothProviders]
    public async Task A_company_no_longer_approved_takes_its_profiles_out_of_the_list(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        await context.PublishAsync("Company Person", 600, context.Skills[0]);
        var criteria = Criteria(new RequiredSkillInput(context.Skills[0], SkillImportance.MustHave));
        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(1);

        // Through the application's own context factory, as any service would.
        var factory = context.App.Services.GetRequiredService<IAppDbFactory>();
        await using (var db = await factory.CreateAsync(TestData.Curator))
        {
            (await db.MemberCompanies.SingleAsync(c => c.Id == context.Member.CompanyId)).Status = CompanyStatus.Suspended;
            await db.SaveChangesAsync();
        }

        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_change_rolled_back_never_reaches_the_index_and_a_committed_one_does(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var id = await context.PublishAsync("Transaction Person", 600, context.Skills[0]);
        var criteria = Criteria(new RequiredSkillInput(context.Skills[0], SkillImportance.MustHave)) with { MaxDailyRateEur = 700 };
        var factory = context.App.Services.GetRequiredService<IAppDbFactory>();

        await using (var db = await factory.CreateAsync(TestData.Curator))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Consultants.SingleAsync(c => c.Id == id)).DailyRateEur = 900;
            await db.SaveChangesAsync();
            (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(1, "not committed yet");
            await transaction.RollbackAsync();
        }

        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(1, "rolled back");

        await using (var db = await factory.CreateAsync(TestData.Curator))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Consultants.SingleAsync(c => c.Id == id)).DailyRateEur = 900;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        (await context.Matching.RankAsync(Client, criteria, MatchRelaxation.None, FirstPage, "en")).Total.ShouldBe(0, "committed");
    }

    [Theory, BothProviders]
    public async Task Why_not_tells_a_client_only_that_a_hidden_profile_is_not_in_the_pool(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var draft = await context.Consultants.CreateAsync(context.Member, TestData.Input("Draft Person", context.Skills[0]));
        var reference = await context.ReferenceAsync(draft);
        var criteria = Criteria(new RequiredSkillInput(context.Skills[0], SkillImportance.MustHave));

        var forClient = await context.Matching.WhyNotAsync(Client, criteria, MatchRelaxation.None, reference, "en");
        var unknown = await context.Matching.WhyNotAsync(Client, criteria, MatchRelaxation.None, "TF-000000", "en");

        forClient.Status.ShouldBe(WhyNotStatus.NotVisible);
        forClient.ShouldBeEquivalentTo(unknown with { Reference = reference });
        forClient.Failures.ShouldHaveSingleItem().Reason.ShouldBe(FailureReason.NotPublished);
    }

    [Theory, BothProviders]
    public async Task Invalid_criteria_and_other_roles_are_refused(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var valid = Criteria(new RequiredSkillInput(context.Skills[0], SkillImportance.MustHave));

        var invalid = await Should.ThrowAsync<ValidationFailedException>(() => context.Matching.RankAsync(Client,
            valid with { Skills = [new RequiredSkillInput(999_999, SkillImportance.MustHave, 9)], WorkloadPercent = 5, ClientTimeZone = "Mars/Olympus", ClientHoursEnd = new TimeOnly(8, 0) },
            MatchRelaxation.None, FirstPage, "en"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Matching.RankAsync(context.Member, valid, MatchRelaxation.None, FirstPage, "en"));
        await Should.ThrowAsync<ValidationFailedException>(() => context.Matching.RankAsync(Client, valid,
            new MatchRelaxation(Ignored: MatchConstraint.Visibility), FirstPage, "en"));
        await Should.ThrowAsync<ValidationFailedException>(() => context.Matching.WhyNotAsync(Client, valid, MatchRelaxation.None, "not a reference", "en"));

        invalid.Errors.Keys.ShouldBe(["Skills", "WorkloadPercent", "ClientTimeZone", "ClientHoursEnd"], ignoreOrder: true);
    }

    private static MissionCriteria Criteria(params RequiredSkillInput[] skills) => new()
    {
        Skills = skills,
        Languages = [new RequiredLanguageInput("en", CefrLevel.B2)],
        Start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7),
        ClientTimeZone = "America/New_York",
        OverlapHours = 2,
    };

    private async Task<TestContext> ContextAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var scope = app.Services.CreateAsyncScope();
        var skills = await TestData.SkillIdsAsync(database, "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
            "tescforce:pytorch", "tescforce:deep-learning", "tescforce:scrum");
        var (_, member) = await TestData.InsertCompanyAsync(database, "Matching Company");
        return new TestContext(app, scope, member, skills);
    }

    private sealed class TestContext(TescForceWebApplicationFactory app, AsyncServiceScope scope, ActingUser member, int[] skills) : IAsyncDisposable
    {
        public TescForceWebApplicationFactory App { get; } = app;

        public ActingUser Member { get; } = member;

        public int[] Skills { get; } = skills;

        public ConsultantService Consultants => scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public MatchingService Matching => scope.ServiceProvider.GetRequiredService<MatchingService>();

        public CompanyService Companies => scope.ServiceProvider.GetRequiredService<CompanyService>();

        public async Task<Guid> PublishAsync(string name, int rate, params int[] skillIds)
        {
            var input = TestData.Input(name, skillIds);
            input.DailyRateEur = rate;
            return await TestData.PublishAsync(Consultants, Member, input);
        }

        public async Task<string> ReferenceAsync(Guid id) => (await Consultants.GetAsync(Member, id)).Reference;

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await App.DisposeAsync();
        }
    }
}
