using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Introductions;
using TescForce.Application.Missions;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.IntegrationTests.Public;
using TescForce.IntegrationTests.Security.Auth;

namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>
/// Two of everything, so that every refusal can be tried across organisations: companies A and B, each with a member and published
/// consultants; clients A and B, each with a member, an open mission and a draft; client A's introductions, one accepted (A's
/// consultant, whose name client A may now read) and one only requested (B's consultant, whose name it may not); a curator; and API
/// keys of company A and client A. The signed-in actors are real accounts signed in through the login page, so refusals are the
/// production ones (cookie redirects), not a test scheme's.
/// </summary>
public sealed class AuthorizationScenario : IAsyncDisposable
{
    public const string Password = "the blue heron fishes at dawn";

    private readonly Dictionary<AccessActor, HttpClient> _clients = [];

    private AuthorizationScenario(TestDatabase database, TescForceWebApplicationFactory app)
    {
        Database = database;
        App = app;
    }

    public TestDatabase Database { get; }

    public TescForceWebApplicationFactory App { get; }

    /// <summary>The values of the table's placeholders: <c>{ConsultantA}</c> and so on.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Guid CompanyB { get; private set; }

    public Guid ClientB { get; private set; }

    /// <summary>Texts each actor must never receive, whatever it asks (names and e-mails of consultants, titles of missions).</summary>
    public Dictionary<AccessActor, List<string>> Secrets { get; } = Enum.GetValues<AccessActor>().ToDictionary(a => a, _ => new List<string>());

    public HttpClient ClientOf(AccessActor actor) => _clients[actor];

    public static async Task<AuthorizationScenario> SeedAsync(TestDatabase database)
    {
        // Production's settings, the stamp check every minute included: the browsers must stay signed in for the whole run, through
        // every page of the table (the first visit to EnableAuthenticator changes the security stamp and used to sign them out).
        var app = new TescForceWebApplicationFactory(database, environment: "Production");
        var scenario = new AuthorizationScenario(database, app);
        await scenario.SeedAsync();
        return scenario;
    }

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var consultants = services.GetRequiredService<ConsultantService>();
        var missions = services.GetRequiredService<MissionService>();
        var introductions = services.GetRequiredService<IntroductionService>();
        var skill = (await TestData.SkillIdsAsync(Database, "tescforce:kubernetes"))[0];
        Values["Skill"] = skill.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (companyA, _) = await TestData.InsertCompanyAsync(Database, "Alder Consulting");
        var (companyB, memberB) = await TestData.InsertCompanyAsync(Database, "Beech Consulting");
        var (clientA, _) = await TestData.InsertClientAsync(Database, "Alder Client");
        var (clientB, clientMemberB) = await TestData.InsertClientAsync(Database, "Beech Client");
        CompanyB = companyB.Id;
        ClientB = clientB.Id;
        var memberA = await CreateUserAsync(services, "member@alder-consulting.example", Roles.CompanyMember, companyId: companyA.Id);
        var clientMemberA = await CreateUserAsync(services, "member@alder-client.example", Roles.ClientMember, clientId: clientA.Id);
        var curator = await CreateUserAsync(services, "curator@tescforce.example", Roles.Curator);
        // Curators must sign in with an authenticator app: this one has one, as production requires.
        var curatorKey = await Authenticator.EnableAsync(services, curator.UserId);

        var accepted = await PublishAsync(consultants, memberA, "Anna Ackerley", skill, "EXT-A-1");
        var unseen = await PublishAsync(consultants, memberA, "Arthur Unseenby", skill, null);
        var archived = await PublishAsync(consultants, memberA, "Archie Archivedson", skill, null);
        await consultants.ArchiveAsync(memberA, archived);
        var hidden = await PublishAsync(consultants, memberB, "Bertrand Hiddenfield", skill, "EXT-B-1");
        Values["ConsultantA"] = accepted.ToString();
        Values["ArchivedA"] = archived.ToString();
        Values["UnseenA"] = unseen.ToString();
        Values["ConsultantB"] = hidden.ToString();
        Values["ExternalB"] = "EXT-B-1";
        Values["ReferenceB"] = (await consultants.GetAsync(memberB, hidden)).Reference;
        Values["ReferenceA"] = (await consultants.GetAsync(memberA, accepted)).Reference;

        Values["MissionA"] = (await MissionAsync(missions, clientMemberA, "Alder open platform rebuild", skill, MissionStatus.Open)).ToString();
        Values["DraftA"] = (await MissionAsync(missions, clientMemberA, "Alder secret draft plan", skill, MissionStatus.Draft)).ToString();
        Values["ClosedA"] = (await MissionAsync(missions, clientMemberA, "Alder closed mission", skill, MissionStatus.Closed)).ToString();
        Values["MissionB"] = (await MissionAsync(missions, clientMemberB, "Beech confidential open mission", skill, MissionStatus.Open)).ToString();
        Values["DraftB"] = (await MissionAsync(missions, clientMemberB, "Beech secret draft plan", skill, MissionStatus.Draft)).ToString();

        var missionA = Guid.Parse(Values["MissionA"]);
        var acceptedIntroduction = await introductions.RequestAsync(clientMemberA, missionA, Values["ReferenceA"], "Is Anna free?");
        await introductions.AcceptAsync(memberA, acceptedIntroduction);
        var requestedIntroduction = await introductions.RequestAsync(clientMemberA, missionA, Values["ReferenceB"], "Is Bertrand free?");
        Values["IntroductionAccepted"] = acceptedIntroduction.ToString();
        Values["IntroductionRequested"] = requestedIntroduction.ToString();
        Values["Anything"] = Guid.NewGuid().ToString();

        var keys = services.GetRequiredService<ApiKeyService>();
        var companyKey = await keys.CreateAsync(memberA, ApiKeyOwner.Company(companyA.Id), new ApiKeyRequest("Matrix", null));
        var clientKey = await keys.CreateAsync(clientMemberA, ApiKeyOwner.Client(clientA.Id), new ApiKeyRequest("Matrix", null));

        _clients[AccessActor.Anonymous] = Browser();
        _clients[AccessActor.ClientMember] = await SignedInAsync("member@alder-client.example");
        _clients[AccessActor.CompanyMember] = await SignedInAsync("member@alder-consulting.example");
        _clients[AccessActor.Curator] = await SignedInAsync("curator@tescforce.example", curatorKey);
        _clients[AccessActor.CompanyKey] = WithKey(companyKey.Key);
        _clients[AccessActor.ClientKey] = WithKey(clientKey.Key);

        // B's consultant and B's missions: only the curator may ever read them (client A asked to meet Bertrand; nobody accepted).
        string[] ofB = ["Bertrand Hiddenfield", "bertrand.hiddenfield@example.com", "Beech secret draft plan"];
        string[] unseenConsultant = ["Arthur Unseenby", "arthur.unseenby@example.com"];
        foreach (var actor in Enum.GetValues<AccessActor>().Where(a => a != AccessActor.Curator))
        {
            Secrets[actor].AddRange(ofB);
        }

        foreach (var actor in new[] { AccessActor.Anonymous, AccessActor.ClientMember, AccessActor.ClientKey })
        {
            Secrets[actor].AddRange(unseenConsultant);
            Secrets[actor].Add("Beech confidential open mission");
        }

        foreach (var actor in new[] { AccessActor.Anonymous, AccessActor.CompanyMember, AccessActor.CompanyKey })
        {
            Secrets[actor].Add("Alder secret draft plan");
        }

        Secrets[AccessActor.Anonymous].AddRange(["Anna Ackerley", "anna.ackerley@example.com"]);
    }

    private static async Task<ActingUser> CreateUserAsync(IServiceProvider services, string email, string role, Guid? companyId = null,
        Guid? clientId = null)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Matrix", CreatedAt = DateTimeOffset.UtcNow,
            MemberCompanyId = companyId, ClientOrganisationId = clientId, PreferredCulture = "en",
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return ActingUser.Create(user.Id, [role], companyId, clientId);
    }

    private static async Task<Guid> PublishAsync(ConsultantService consultants, ActingUser member, string name, int skill, string? externalReference)
    {
        var input = TestData.Input(name, skill);
        input.ExternalReference = externalReference;
        return await TestData.PublishAsync(consultants, member, input);
    }

    private async Task<Guid> MissionAsync(MissionService missions, ActingUser client, string title, int skill, MissionStatus status)
    {
        var id = await missions.CreateAsync(client, new MissionInput
        {
            Title = title,
            Skills = [new MissionSkillInput { SkillTagId = skill, Importance = SkillImportance.MustHave }],
            Languages = [new MissionLanguageInput { Code = "en", MinLevel = CefrLevel.B2 }],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        });
        if (status != MissionStatus.Draft)
        {
            await using var db = Database.CreateDbContext();
            (await db.Missions.SingleAsync(m => m.Id == id)).Status = status;
            await db.SaveChangesAsync();
        }

        return id;
    }

    private HttpClient Browser()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private async Task<HttpClient> SignedInAsync(string email, string? authenticatorKey = null)
    {
        var browser = Browser();
        var login = await PageHtml.PostFormAsync(browser, "/Account/Login", "login", "en",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        login.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, $"{email} could not sign in");
        if (authenticatorKey is not null)
        {
            var (_, withCode) = await Authenticator.GiveCodeAsync(browser, login, authenticatorKey);
            withCode.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, $"{email} could not give the authenticator code");
        }

        return browser;
    }

    private HttpClient WithKey(string key)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }
}
