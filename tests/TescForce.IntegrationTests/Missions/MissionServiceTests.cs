using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Clients;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Application.Consultants;
using TescForce.Application.Missions;
using TescForce.Domain.Clients;
using TescForce.Domain.Common;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.Domain.Skills;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using MatchRelaxation = TescForce.Matching.Queries.MatchRelaxation;

namespace TescForce.IntegrationTests.Missions;

/// <summary>Missions belong to their client organisation; curators moderate them; matches come for the owner only.</summary>
public sealed class MissionServiceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Kubernetes = "tescforce:kubernetes";

    [Theory, BothProviders]
    public async Task A_client_drafts_edits_and_previews_the_matches_of_its_mission(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Draft Client");
        var (_, member) = await TestData.InsertCompanyAsync(context.Database, "Supplier");
        var consultant = await TestData.PublishAsync(context.Consultants, member, TestData.Input("Kube Person", context.Skill));

        var id = await context.Missions.CreateAsync(client, Input(context.Skill));
        var input = (await context.Missions.GetAsync(client, id)).Input;
        input.Title = "Platform engineer for our robot fleet";
        await context.Missions.UpdateAsync(client, id, input);
        var details = await context.Missions.GetAsync(client, id);
        var matches = await context.Missions.MatchesAsync(client, id, MatchRelaxation.None, new PageRequest(), "en");

        details.Status.ShouldBe(MissionStatus.Draft);
        details.Input.Title.ShouldBe("Platform engineer for our robot fleet");
        details.EndDate.ShouldBe(input.StartDate.AddDays((12 * 7) - 1));
        matches.Items.ShouldHaveSingleItem().Card.Reference.ShouldBe((await context.Consultants.GetAsync(member, consultant)).Reference);
    }

    [Theory, BothProviders]
    public async Task Another_client_and_other_roles_reach_nothing_of_a_mission(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, owner) = await TestData.InsertClientAsync(context.Database, "Owner");
        var (_, other) = await TestData.InsertClientAsync(context.Database, "Other");
        var (_, member) = await TestData.InsertCompanyAsync(context.Database, "Company");
        var id = await context.Missions.CreateAsync(owner, Input(context.Skill));
        var input = (await context.Missions.GetAsync(owner, id)).Input;

        await Should.ThrowAsync<NotFoundException>(() => context.Missions.GetAsync(other, id));
        await Should.ThrowAsync<NotFoundException>(() => context.Missions.UpdateAsync(other, id, input));
        await Should.ThrowAsync<NotFoundException>(() => context.Missions.MatchesAsync(other, id, MatchRelaxation.None, new PageRequest(), "en"));
        await Should.ThrowAsync<NotFoundException>(() => context.Missions.CloseAsync(other, id));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Missions.ListAsync(member, null, new PageRequest()));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Missions.CreateAsync(member, Input(context.Skill)));
        await Should.ThrowAsync<ForbiddenAccessException>(() => context.Missions.ApproveAsync(owner, id));
        (await context.Missions.ListAsync(other, null, new PageRequest())).TotalCount.ShouldBe(0);
        (await context.Missions.ListAsync(TestData.Curator, null, new PageRequest())).TotalCount.ShouldBe(1);
        (await context.Missions.GetAsync(owner, id)).Input.Title.ShouldBe(input.Title);
    }

    [Theory, BothProviders]
    public async Task Invalid_missions_are_refused_with_a_message_per_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Careless");
        var input = Input(context.Skill);
        input.Title = "x";
        input.StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        input.TimeZone = "Atlantis/Capital";
        input.Sector = "piracy";
        input.Skills.Add(new MissionSkillInput { SkillTagId = 999_999, MinLevel = 7 });

        var error = await Should.ThrowAsync<ValidationFailedException>(() => context.Missions.CreateAsync(client, input));

        error.Errors.Keys.ShouldBe(["Title", "StartDate", "TimeZone", "Sector", "Skills"], ignoreOrder: true);
        (await CountAsync<Mission>(context.Database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_closed_mission_cannot_be_edited_and_an_outdated_edit_is_refused(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Closer");
        var id = await context.Missions.CreateAsync(client, Input(context.Skill));
        var stale = (await context.Missions.GetAsync(client, id)).Input;
        var fresh = (await context.Missions.GetAsync(client, id)).Input;
        fresh.Title = "First edit wins the race";
        await context.Missions.UpdateAsync(client, id, fresh);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => context.Missions.UpdateAsync(client, id, stale));
        await context.Missions.CloseAsync(client, id);
        var closed = (await context.Missions.GetAsync(client, id)).Input;
        await Should.ThrowAsync<DomainException>(() => context.Missions.UpdateAsync(client, id, closed));
    }

    [Theory, BothProviders]
    public async Task A_person_registering_in_french_gets_french_e_mails_until_they_choose_otherwise(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var provisioning = context.Scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        string userId;
        try
        {
            userId = await provisioning.RegisterClientAsync(new ClientRegistration
            {
                Name = "Érable Avionique", CountryCode = "CA", TimeZone = "America/Montreal", ContactName = "Chloé Tremblay",
                Email = "chloe@erable.example", Password = "correct horse battery", ConfirmPassword = "correct horse battery",
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var user = await ExecuteDbContextAsync(context.Database, db => db.Users.SingleAsync(u => u.Id == userId));
        user.PreferredCulture.ShouldBe("fr");
    }

    [Theory, BothProviders]
    public async Task A_client_registers_pending_with_its_first_user_and_a_curator_verifies_it(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var provisioning = context.Scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var registration = new ClientRegistration
        {
            Name = "Maple Avionics", CountryCode = "ca", TimeZone = "America/Montreal", ReferredBy = "Team France Export Canada",
            ContactName = "Chloé Tremblay", Email = "chloe@maple.example", Password = "correct horse battery", ConfirmPassword = "correct horse battery",
        };

        var userId = await provisioning.RegisterClientAsync(registration);
        var client = await ExecuteDbContextAsync(context.Database, db => db.ClientOrganisations.SingleAsync());
        var user = await ExecuteDbContextAsync(context.Database, db => db.Users.SingleAsync(u => u.Id == userId));
        var clients = context.Scope.ServiceProvider.GetRequiredService<ClientService>();
        await clients.VerifyAsync(TestData.Curator, client.Id);
        var own = await clients.GetOwnAsync(ActingUser.Create(userId, [Roles.ClientMember], clientId: client.Id));

        client.Status.ShouldBe(ClientStatus.Pending);
        client.CountryCode.ShouldBe("CA");
        user.ClientOrganisationId.ShouldBe(client.Id);
        own.Status.ShouldBe(ClientStatus.Verified);
        await Should.ThrowAsync<ValidationFailedException>(() => provisioning.RegisterClientAsync(new ClientRegistration
        {
            Name = "Nowhere Ltd", CountryCode = "GB", TimeZone = "Mars/Olympus", ContactName = "N", Email = "n@nowhere.example",
            Password = "correct horse battery", ConfirmPassword = "correct horse battery",
        }));
        (await CountAsync<ClientOrganisation>(context.Database)).ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task A_company_sees_the_open_missions_its_consultants_match_with_their_places_and_nothing_of_others(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Opportunity Client");
        var (_, ours) = await TestData.InsertCompanyAsync(context.Database, "Ours");
        var (_, theirs) = await TestData.InsertCompanyAsync(context.Database, "Theirs");
        await TestData.PublishAsync(context.Consultants, ours, TestData.Input("Our Person", context.Skill));
        await TestData.PublishAsync(context.Consultants, theirs, TestData.Input("Their Person", context.Skill));
        var open = await context.Missions.CreateAsync(client, Input(context.Skill));
        await context.Missions.CreateAsync(client, Input(context.Skill)); // a draft: not an opportunity
        await ExecuteDbContextAsync(context.Database, async db =>
        {
            (await db.Missions.SingleAsync(m => m.Id == open)).Status = MissionStatus.Open;
            return await db.SaveChangesAsync();
        });
        var opportunities = context.Scope.ServiceProvider.GetRequiredService<OpportunityService>();

        var list = await opportunities.ListAsync(ours);

        var opportunity = list.ShouldHaveSingleItem();
        opportunity.MissionId.ShouldBe(open);
        opportunity.Listed.ShouldBe(2);
        opportunity.Candidates.ShouldHaveSingleItem().FullName.ShouldBe("Our Person");
        await Should.ThrowAsync<ForbiddenAccessException>(() => opportunities.ListAsync(client));
    }

    [Theory, BothProviders]
    public async Task A_submitted_mission_with_contact_details_is_flagged_and_listed_first_for_the_curator_who_approves_it(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Submitting Client");
        var clean = await context.Missions.CreateAsync(client, Input(context.Skill));
        var input = Input(context.Skill);
        input.Description = "Send your CV to hiring [at] nordlicht-robotics [dot] de or call +49 30 1234 5678.";
        var suspicious = await context.Missions.CreateAsync(client, input);

        await context.Missions.SubmitAsync(client, clean);
        await context.Missions.SubmitAsync(client, suspicious);
        var queue = await context.Missions.ListAsync(TestData.Curator, MissionStatus.Submitted, new PageRequest());
        var flagged = await context.Missions.GetAsync(TestData.Curator, suspicious);
        await context.Missions.ApproveAsync(TestData.Curator, clean);

        queue.Items.Select(m => m.Id).ShouldBe([suspicious, clean]);
        flagged.Flagged.ShouldBeTrue();
        flagged.FlagDetails.ShouldNotBeNull().ShouldContain("Email");
        flagged.FlagDetails!.ShouldContain("Phone");
        (await context.Missions.GetAsync(client, clean)).Status.ShouldBe(MissionStatus.Open);
        await Should.ThrowAsync<DomainException>(() => context.Missions.SubmitAsync(client, clean));
    }

    [Theory, BothProviders]
    public async Task A_skill_deprecated_after_the_mission_was_saved_does_not_break_its_match_page(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Early Client");
        var (_, member) = await TestData.InsertCompanyAsync(context.Database, "Early Supplier");
        await TestData.PublishAsync(context.Consultants, member, TestData.Input("Kube Veteran", context.Skill));
        var id = await context.Missions.CreateAsync(client, Input(context.Skill));
        await SetStatusAsync(context, SkillStatus.Deprecated);
        try
        {
            var matches = await context.Missions.MatchesAsync(client, id, MatchRelaxation.None, new PageRequest(), "en");

            matches.Items.ShouldHaveSingleItem();
            var edit = (await context.Missions.GetAsync(client, id)).Input;
            (await Should.ThrowAsync<ValidationFailedException>(() => context.Missions.UpdateAsync(client, id, edit))).Errors.Keys.ShouldContain("Skills");
        }
        finally
        {
            await SetStatusAsync(context, SkillStatus.Active); // the taxonomy is kept between tests
        }
    }

    private static Task<int> SetStatusAsync(TestContext context, SkillStatus status) =>
        ExecuteDbContextAsync(context.Database, async db =>
        {
            (await db.SkillTags.SingleAsync(s => s.Id == context.Skill)).Status = status;
            return await db.SaveChangesAsync();
        });

    [Theory, BothProviders]
    public async Task A_pending_client_prepares_missions_but_cannot_submit_them(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Pending Client", ClientStatus.Pending);
        var id = await context.Missions.CreateAsync(client, Input(context.Skill));

        var refused = await Should.ThrowAsync<DomainException>(() => context.Missions.SubmitAsync(client, id));

        refused.Code.ShouldBe("mission.client-pending");
        (await context.Missions.GetAsync(client, id)).Status.ShouldBe(MissionStatus.Draft);
    }

    [Theory, BothProviders]
    public async Task A_pasted_job_description_proposes_the_catalogue_skills_it_names(DatabaseProvider provider)
    {
        await using var context = await ContextAsync(provider);
        var (_, client) = await TestData.InsertClientAsync(context.Database, "Pasting Client");

        var proposals = await context.Missions.ProposeSkillsAsync(client,
            "Nous recherchons un ingénieur plateforme : Kubernetes, Docker et Python, anglais courant.", "fr");

        proposals.Select(p => p.SkillId).ShouldBe(await TestData.SkillIdsAsync(context.Database, Kubernetes, "tescforce:docker",
            "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"), ignoreOrder: true);
        await Should.ThrowAsync<ValidationFailedException>(() => context.Missions.ProposeSkillsAsync(client, new string('a', 20_001), "fr"));
    }

    private static MissionInput Input(int skill) => new()
    {
        Title = "Kubernetes platform engineer",
        Description = "Run our clusters.",
        Skills = [new MissionSkillInput { SkillTagId = skill, Importance = SkillImportance.MustHave, MinLevel = 3 }],
        Languages = [new MissionLanguageInput { Code = "en", MinLevel = CefrLevel.B2 }],
        StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        DurationWeeks = 12,
        MaxDailyRateEur = 800,
        TimeZone = "Europe/Berlin",
        OverlapHours = 3,
    };

    private async Task<TestContext> ContextAsync(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var scope = app.Services.CreateAsyncScope();
        var skill = (await TestData.SkillIdsAsync(database, Kubernetes))[0];
        return new TestContext(database, app, scope, skill);
    }

    private sealed class TestContext(TestDatabase database, TescForceWebApplicationFactory app, AsyncServiceScope scope, int skill) : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public AsyncServiceScope Scope { get; } = scope;

        public int Skill { get; } = skill;

        public MissionService Missions => Scope.ServiceProvider.GetRequiredService<MissionService>();

        public ConsultantService Consultants => Scope.ServiceProvider.GetRequiredService<ConsultantService>();

        public async ValueTask DisposeAsync()
        {
            await Scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
