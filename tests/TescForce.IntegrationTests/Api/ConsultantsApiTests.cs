using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Api;
using Xunit.Abstractions;

namespace TescForce.IntegrationTests.Api;

/// <summary>The contract of /api/v1/consultants: a member company's keys create, read, update and synchronise its consultants.</summary>
public sealed class ConsultantsApiTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    private const string Consultants = "/api/v1/consultants";

    [Theory, BothProviders]
    public async Task A_consultant_is_created_with_Location_and_ETag_then_read_and_listed_with_filters_and_paging(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Created Company");
        var skills = await SkillsAsync(host);

        var created = await api.PostAsJsonAsync(Consultants, Profile("Claire Martin", "HR-1", skills), ApiHost.Json);
        var body = await ApiHost.ReadAsync<ConsultantApiResponse>(created);
        await api.PostAsJsonAsync(Consultants, Profile("Bruno Petit", "HR-2", skills), ApiHost.Json);
        var read = await api.GetAsync(created.Headers.Location);
        var readBody = await ApiHost.ReadAsync<ConsultantApiResponse>(read);
        var all = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?pageSize=1&page=2&sort=name"));
        var searched = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?q=claire&status=draft"));
        var none = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?status=Published"));
        var largest = await api.GetAsync($"{Consultants}?pageSize=100");
        var tooLarge = await api.GetAsync($"{Consultants}?pageSize=101&page=0");
        var unknown = await api.GetAsync($"{Consultants}?status=Hired&sort=age");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"{Consultants}/{body.Id}");
        created.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"0\"");
        body.Version.ShouldBe(0);
        body.FullName.ShouldBe("Claire Martin");
        body.ExternalReference.ShouldBe("HR-1");
        body.Status.ShouldBe(ConsultantStatus.Draft);
        body.Reference.ShouldStartWith("TF-");
        body.Skills.Select(s => s.SkillId).Order().ShouldBe(skills.Order());
        body.AvailableUntil.ShouldBe(new DateOnly(2027, 6, 30));
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"0\"");
        readBody.ShouldBeEquivalentTo(body);
        var json = await (await api.GetAsync(created.Headers.Location)).Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("availableFrom").GetString().ShouldBe("2027-01-04");
        json.GetProperty("status").GetString().ShouldBe("Draft");
        json.GetProperty("remotePreference").GetString().ShouldBe("RemoteWithTravel");
        all.Total.ShouldBe(2);
        all.PageCount.ShouldBe(2);
        all.Page.ShouldBe(2);
        all.Items.Single().FullName.ShouldBe("Claire Martin");
        searched.Items.Select(i => i.Id).ShouldBe([body.Id]);
        none.Items.ShouldBeEmpty();
        largest.StatusCode.ShouldBe(HttpStatusCode.OK);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var pagingErrors = (await ApiHost.ProblemAsync(tooLarge)).GetProperty("errors");
        pagingErrors.GetProperty("pageSize")[0].GetString().ShouldBe("pageSize is between 1 and 100.");
        pagingErrors.GetProperty("page")[0].GetString().ShouldBe("page starts at 1.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var filterErrors = (await ApiHost.ProblemAsync(unknown)).GetProperty("errors");
        filterErrors.GetProperty("status")[0].GetString().ShouldBe("status is one of Draft, Submitted, Published, Rejected, Archived.");
        filterErrors.TryGetProperty("sort", out _).ShouldBeTrue();
    }

    [Theory, BothProviders]
    public async Task An_invalid_profile_is_refused_with_the_JSON_field_names_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Careless Company");
        var skills = await SkillsAsync(host);
        await api.PostAsJsonAsync(Consultants, Profile("First One", "HR-1", skills), ApiHost.Json);

        var response = await api.PostAsJsonAsync(Consultants, Profile("", "HR-1", [skills[0], 99_999_999]) with
        {
            DailyRateEur = 20, TimeZone = "Mars/Olympus", AvailableUntil = new DateOnly(2026, 1, 1),
        }, ApiHost.Json);
        var malformed = await api.PostAsync(Consultants, new StringContent("{\"fullName\": 3", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ApiHost.ProblemAsync(response)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["availableUntil", "dailyRateEur", "email", "externalReference", "fullName", "skills", "timeZone"]);
        errors.GetProperty("fullName")[0].GetString().ShouldBe("The full name is required.");
        errors.GetProperty("dailyRateEur")[0].GetString().ShouldBe("The daily rate is between 100 and 5,000 EUR.");
        errors.GetProperty("skills")[0].GetString().ShouldBe("Skill 99999999 does not exist or is no longer in use.");
        errors.GetProperty("externalReference")[0].GetString().ShouldBe("Another consultant of your company already has this external reference.");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(malformed)).GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        (await CountAsync(host)).ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task Only_a_member_company_key_may_call_the_consultants_resources(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Keyed Company");
        var (_, _, client) = await host.ClientAsync("Curious Client");
        var created = await ApiHost.ReadAsync<ConsultantApiResponse>(
            await api.PostAsJsonAsync(Consultants, Profile("Claire Martin", "HR-1", await SkillsAsync(host)), ApiHost.Json));

        var anonymous = await host.WithKey(null).GetAsync(Consultants);
        var clientCalls = new[]
        {
            await client.GetAsync(Consultants),
            await client.GetAsync($"{Consultants}/{created.Id}"),
            await client.PostAsJsonAsync(Consultants, Profile("Client Made", "C-1", []), ApiHost.Json),
            await client.PostAsync($"{Consultants}/{created.Id}/archive", null),
            await client.PostAsJsonAsync($"{Consultants}/availability", new { items = new[] { new { id = created.Id, availableFrom = "2027-01-01" } } }),
        };

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiHost.ProblemAsync(anonymous)).GetProperty("status").GetInt32().ShouldBe(401);
        foreach (var response in clientCalls)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await ApiHost.ProblemAsync(response)).GetProperty("detail").GetString().ShouldBe("This endpoint is for member companies' keys; this key belongs to a client organisation.");
        }

        (await CountAsync(host)).ShouldBe(1);
        (await StatusAsync(host, created.Id)).ShouldBe(ConsultantStatus.Draft);
    }

    [Theory, BothProviders]
    public async Task Another_companys_consultant_is_not_found_on_every_endpoint_and_its_external_reference_is_not_touched(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, owner) = await host.CompanyAsync("Owner Company");
        var (otherCompany, _, other) = await host.CompanyAsync("Other Company");
        var skills = await SkillsAsync(host);
        var theirs = await ApiHost.ReadAsync<ConsultantApiResponse>(await owner.PostAsJsonAsync(Consultants, Profile("Claire Martin", "HR-1", skills), ApiHost.Json));
        var url = $"{Consultants}/{theirs.Id}";

        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(Profile("Stolen", "HR-1", skills), options: ApiHost.Json) };
        put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
        var responses = new[]
        {
            await other.GetAsync(url),
            await other.SendAsync(put),
            await other.PutAsJsonAsync($"{url}/consent", new { consentMethod = "Forged" }),
            await other.PostAsync($"{url}/submit", null),
            await other.PostAsync($"{url}/archive", null),
            await other.GetAsync($"{Consultants}/{Guid.NewGuid()}"),
        };
        var bulk = await other.PostAsJsonAsync($"{Consultants}/availability", new { items = new[] { new { id = theirs.Id, availableFrom = "2030-01-01" } } });
        var upsert = await other.PutAsJsonAsync($"{Consultants}/by-external-reference/HR-1", Profile("Their Own", null, skills), ApiHost.Json);
        var upserted = await ApiHost.ReadAsync<ConsultantApiResponse>(upsert);
        var otherList = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await other.GetAsync(Consultants));

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await ApiHost.ProblemAsync(response)).GetProperty("detail").GetString().ShouldBe("This consultant profile does not exist.");
        }

        bulk.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(bulk)).GetProperty("errors").GetProperty("items[0].id")[0].GetString()
            .ShouldBe("Your company has no consultant with this id.");
        upsert.StatusCode.ShouldBe(HttpStatusCode.Created);
        upserted.Id.ShouldNotBe(theirs.Id);
        upserted.ExternalReference.ShouldBe("HR-1");
        otherList.Items.Select(i => i.Id).ShouldBe([upserted.Id]);
        await using var db = host.Database.CreateDbContext();
        var original = await db.Consultants.AsNoTracking().SingleAsync(c => c.Id == theirs.Id);
        original.FullName.ShouldBe("Claire Martin");
        original.Version.ShouldBe(0);
        original.Status.ShouldBe(ConsultantStatus.Draft);
        original.ConsentMethod.ShouldBeNull();
        original.AvailableFrom.ShouldBe(new DateOnly(2027, 1, 4));
        (await db.Consultants.AsNoTracking().SingleAsync(c => c.Id == upserted.Id)).CompanyId.ShouldBe(otherCompany.Id);
    }

    [Theory, BothProviders]
    public async Task An_update_needs_If_Match_a_stale_ETag_is_412_and_the_current_one_saves(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Careful Company");
        var skills = await SkillsAsync(host);
        var created = await ApiHost.ReadAsync<ConsultantApiResponse>(await api.PostAsJsonAsync(Consultants, Profile("Claire Martin", "HR-1", skills), ApiHost.Json));
        var url = $"{Consultants}/{created.Id}";

        var missing = await api.PutAsJsonAsync(url, Profile("No Precondition", "HR-1", skills), ApiHost.Json);
        var malformed = await PutAsync(api, url, Profile("Bad Precondition", "HR-1", skills), "W/\"0\"");
        var saved = await PutAsync(api, url, Profile("Claire Dupont", "HR-1", skills) with { DailyRateEur = 700 }, "\"0\"");
        var savedBody = await ApiHost.ReadAsync<ConsultantApiResponse>(saved);
        var stale = await PutAsync(api, url, Profile("Stale Writer", "HR-1", skills), "\"0\"");
        var invalid = await PutAsync(api, url, Profile("Claire Dupont", "HR-1", skills) with { CapacityPercent = 5 }, "\"1\"");

        missing.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await ApiHost.ProblemAsync(missing)).GetProperty("status").GetInt32().ShouldBe(428);
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"1\"");
        savedBody.FullName.ShouldBe("Claire Dupont");
        savedBody.DailyRateEur.ShouldBe(700);
        savedBody.Version.ShouldBe(1);
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await ApiHost.ProblemAsync(stale)).GetProperty("title").GetString().ShouldBe("Precondition failed");
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(invalid)).GetProperty("errors").GetProperty("capacityPercent")[0].GetString()
            .ShouldBe("Capacity is between 10 and 100 % of full time.");
        await using var db = host.Database.CreateDbContext();
        var stored = await db.Consultants.AsNoTracking().SingleAsync(c => c.Id == created.Id);
        stored.FullName.ShouldBe("Claire Dupont");
        stored.CapacityPercent.ShouldBe(80);
        stored.Version.ShouldBe(1);
    }

    [Theory, BothProviders]
    public async Task The_upsert_by_external_reference_creates_then_replaces_and_checks_If_Match_only_when_sent(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Syncing Company");
        var skills = await SkillsAsync(host);
        var url = $"{Consultants}/by-external-reference/HR%2042";

        var created = await api.PutAsJsonAsync(url, Profile("Claire Martin", "ignored", skills), ApiHost.Json);
        var createdBody = await ApiHost.ReadAsync<ConsultantApiResponse>(created);
        var replaced = await api.PutAsJsonAsync(url, Profile("Claire Dupont", null, skills), ApiHost.Json);
        var replacedBody = await ApiHost.ReadAsync<ConsultantApiResponse>(replaced);
        var stale = await PutAsync(api, url, Profile("Stale Tool", null, skills), "\"0\"");
        var current = await PutAsync(api, url, Profile("Claire Durand", null, skills), "\"1\"");
        var invalid = await api.PutAsJsonAsync($"{Consultants}/by-external-reference/{new string('x', 101)}", Profile("Too Long", null, skills), ApiHost.Json);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"{Consultants}/{createdBody.Id}");
        created.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"0\"");
        createdBody.ExternalReference.ShouldBe("HR 42");
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        replaced.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"1\"");
        replacedBody.Id.ShouldBe(createdBody.Id);
        replacedBody.FullName.ShouldBe("Claire Dupont");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        current.StatusCode.ShouldBe(HttpStatusCode.OK);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(invalid)).GetProperty("errors").GetProperty("externalReference")[0].GetString()
            .ShouldBe("The external reference has 1 to 100 characters.");
        await using var db = host.Database.CreateDbContext();
        var stored = await db.Consultants.AsNoTracking().SingleAsync();
        stored.FullName.ShouldBe("Claire Durand");
        stored.ExternalReference.ShouldBe("HR 42");
        stored.Version.ShouldBe(2);
    }

    [Theory, BothProviders]
    public async Task A_profile_gets_its_consent_is_submitted_and_archived_and_the_rules_of_the_pages_answer_409(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Submitting Company");
        var created = await ApiHost.ReadAsync<ConsultantApiResponse>(
            await api.PostAsJsonAsync(Consultants, Profile("Claire Martin", "HR-1", await SkillsAsync(host)), ApiHost.Json));
        var url = $"{Consultants}/{created.Id}";

        var early = await api.PostAsync($"{url}/submit", null);
        var futureConsent = await api.PutAsJsonAsync($"{url}/consent", new { consentRecordedAt = "2100-01-01", consentMethod = "" });
        var consent = await api.PutAsJsonAsync($"{url}/consent", new { consentRecordedAt = "2026-11-20", consentMethod = "Signed consent form" });
        var submitted = await api.PostAsync($"{url}/submit", null);
        var submittedBody = await ApiHost.ReadAsync<ConsultantApiResponse>(submitted);
        var archived = await api.PostAsync($"{url}/archive", null);
        var again = await api.PostAsync($"{url}/archive", null);
        var edit = await PutAsync(api, url, Profile("Too Late", "HR-1", []), archived.Headers.ETag!.Tag);
        var listed = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync(Consultants));
        var listedArchived = await ApiHost.ReadAsync<ApiPage<ConsultantApiListItem>>(await api.GetAsync($"{Consultants}?status=Archived"));

        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ApiHost.ProblemAsync(early);
        problem.GetProperty("code").GetString().ShouldBe("consultant.consent-required");
        futureConsent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(futureConsent)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["consentMethod", "consentRecordedAt"]);
        consent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.ReadAsync<ConsultantApiResponse>(consent)).ConsentMethod.ShouldBe("Signed consent form");
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        submittedBody.Status.ShouldBe(ConsultantStatus.Submitted);
        submitted.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe(ApiEtags.Of(submittedBody.Version));
        archived.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiHost.ReadAsync<ConsultantApiResponse>(archived)).Status.ShouldBe(ConsultantStatus.Archived);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApiHost.ProblemAsync(again)).GetProperty("code").GetString().ShouldBe("consultant.archived");
        edit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        listed.Items.ShouldBeEmpty();
        listedArchived.Items.Select(i => i.Id).ShouldBe([created.Id]);
        (await StatusAsync(host, created.Id)).ShouldBe(ConsultantStatus.Archived);
    }

    [Theory, BothProviders]
    public async Task The_bulk_availability_update_is_all_or_nothing_with_errors_keyed_by_item(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (_, _, api) = await host.CompanyAsync("Bulk Company");
        var skills = await SkillsAsync(host);
        var ids = new List<Guid>();
        foreach (var name in new[] { "Anna Alpha", "Bob Beta", "Cleo Gamma" })
        {
            ids.Add((await ApiHost.ReadAsync<ConsultantApiResponse>(
                await api.PostAsJsonAsync(Consultants, Profile(name, "HR-" + name[0], skills), ApiHost.Json))).Id);
        }

        var before = await SnapshotAsync(host);
        var refused = await api.PostAsJsonAsync($"{Consultants}/availability", new
        {
            items = new object[]
            {
                new { id = ids[0], availableFrom = "2027-03-01" },
                new { externalReference = "HR-B", availableFrom = "2027-03-01", availableUntil = "2027-02-01" },
                new { externalReference = "HR-Z", availableFrom = "2027-03-01", capacityPercent = 150 },
                new { id = ids[0], externalReference = "HR-C" },
            },
        });
        var tooMany = await api.PostAsJsonAsync($"{Consultants}/availability", new
        {
            items = Enumerable.Range(0, 2001).Select(_ => new { id = ids[0], availableFrom = "2027-03-01" }),
        });
        // 2,000 items with long references make a body over the usual 256 KB: the bulk endpoint reads it (4 MB) and checks every item.
        var large = await api.PostAsJsonAsync($"{Consultants}/availability", new
        {
            items = Enumerable.Range(0, 2000).Select(i => new { externalReference = $"{new string('x', 90)}-{i:D4}", availableFrom = "2027-03-01" }),
        });
        var after = await SnapshotAsync(host);
        var accepted = await api.PostAsJsonAsync($"{Consultants}/availability", new
        {
            items = new object[]
            {
                new { id = ids[0], availableFrom = "2027-03-01", capacityPercent = 50 },
                new { externalReference = "HR-B", availableFrom = "2027-04-01", availableUntil = "2027-09-30", confirmAvailability = false },
            },
        });
        var result = await ApiHost.ReadAsync<AvailabilityApiResponse>(accepted);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ApiHost.ProblemAsync(refused)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(
            ["items[1].availableUntil", "items[2].capacityPercent", "items[2].externalReference", "items[3].availableFrom", "items[3].id"]);
        errors.GetProperty("items[1].availableUntil")[0].GetString().ShouldBe("The end of availability comes before its start.");
        errors.GetProperty("items[2].externalReference")[0].GetString().ShouldBe("Your company has no consultant with this external reference.");
        errors.GetProperty("items[3].id")[0].GetString().ShouldBe("Give the consultant's id or their externalReference (one of the two).");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.ProblemAsync(tooMany)).GetProperty("errors").GetProperty("items")[0].GetString().ShouldBe("Send 1 to 2,000 items.");
        large.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await large.RequestMessage!.Content!.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(256 * 1024);
        var largeErrors = (await ApiHost.ProblemAsync(large)).GetProperty("errors");
        largeErrors.EnumerateObject().Count().ShouldBe(2000);
        largeErrors.GetProperty("items[1999].externalReference")[0].GetString().ShouldBe("Your company has no consultant with this external reference.");
        after.ShouldBe(before);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        result.Updated.ShouldBe(2);
        result.Items.Select(i => (i.Id, i.Version, i.ETag)).ShouldBe([(ids[0], 1, "\"1\""), (ids[1], 1, "\"1\"")]);
        await using var db = host.Database.CreateDbContext();
        var stored = await db.Consultants.AsNoTracking().ToDictionaryAsync(c => c.Id);
        stored[ids[0]].AvailableFrom.ShouldBe(new DateOnly(2027, 3, 1));
        stored[ids[0]].AvailableUntil.ShouldBeNull();
        stored[ids[0]].CapacityPercent.ShouldBe(50);
        stored[ids[0]].AvailabilityConfirmedAt.ShouldBeGreaterThan(before.Single(s => s.Id == ids[0]).Confirmed);
        stored[ids[1]].AvailableFrom.ShouldBe(new DateOnly(2027, 4, 1));
        stored[ids[1]].AvailableUntil.ShouldBe(new DateOnly(2027, 9, 30));
        stored[ids[1]].CapacityPercent.ShouldBe(80);
        stored[ids[1]].AvailabilityConfirmedAt.ShouldBe(before.Single(s => s.Id == ids[1]).Confirmed);
        stored[ids[2]].Version.ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_thousand_consultants_are_created_with_one_key_then_all_their_availability_is_updated_in_one_call(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider), new Dictionary<string, string?> { ["Api:RateLimitPermits"] = "100000" });
        var (company, _, api) = await host.CompanyAsync("Big Company");
        var skills = await SkillsAsync(host);
        var clock = Stopwatch.StartNew();

        var statuses = new HttpStatusCode[1000];
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
        {
            using var response = await api.PostAsJsonAsync(Consultants, Profile($"Consultant {i:D4}", $"HR-{i:D4}", skills), ApiHost.Json, cancellationToken);
            statuses[i] = response.StatusCode;
        });
        var created = clock.Elapsed;
        clock.Restart();
        var bulk = await api.PostAsJsonAsync($"{Consultants}/availability", new
        {
            items = Enumerable.Range(0, 1000).Select(i => new
            {
                externalReference = $"HR-{i:D4}", availableFrom = new DateOnly(2027, 2, 1).AddDays(i % 28), availableUntil = "2027-12-31",
                capacityPercent = 60,
            }),
        }, ApiHost.Json);
        var updated = clock.Elapsed;
        output.WriteLine($"{provider}: 1,000 POSTs in {created.TotalSeconds:F1} s, one bulk availability update of 1,000 in {updated.TotalSeconds:F1} s");
        var result = await ApiHost.ReadAsync<AvailabilityApiResponse>(bulk);

        statuses.ShouldAllBe(s => s == HttpStatusCode.Created);
        bulk.StatusCode.ShouldBe(HttpStatusCode.OK);
        result.Updated.ShouldBe(1000);
        result.Items.ShouldAllBe(i => i.Version == 1);
        await using var db = host.Database.CreateDbContext();
        var stored = await db.Consultants.AsNoTracking().Where(c => c.CompanyId == company.Id).ToListAsync();
        stored.Count.ShouldBe(1000);
        stored.ShouldAllBe(c => c.CapacityPercent == 60 && c.AvailableUntil == new DateOnly(2027, 12, 31) && c.Version == 1);
        stored.ShouldAllBe(c => c.AvailableFrom == new DateOnly(2027, 2, 1).AddDays(int.Parse(c.ExternalReference!.Substring(3)) % 28));
    }

    [Theory, BothProviders]
    public async Task The_OpenAPI_document_describes_the_consultants_resources_with_examples(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));

        var json = await host.WithKey(null).GetStringAsync("/openapi/v1.json");
        var read = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());

        read.Diagnostic.ShouldNotBeNull().Errors.ShouldBeEmpty();
        var paths = read.Document.ShouldNotBeNull().Paths;
        var expected = new (string Path, HttpMethod Method, string Status)[]
        {
            ("/api/v1/consultants", HttpMethod.Get, "200"),
            ("/api/v1/consultants", HttpMethod.Post, "201"),
            ("/api/v1/consultants/{id}", HttpMethod.Get, "200"),
            ("/api/v1/consultants/{id}", HttpMethod.Put, "200"),
            ("/api/v1/consultants/{id}/consent", HttpMethod.Put, "200"),
            ("/api/v1/consultants/{id}/submit", HttpMethod.Post, "200"),
            ("/api/v1/consultants/{id}/archive", HttpMethod.Post, "200"),
            ("/api/v1/consultants/by-external-reference/{externalReference}", HttpMethod.Put, "200"),
            ("/api/v1/consultants/availability", HttpMethod.Post, "200"),
        };
        foreach (var (path, method, status) in expected)
        {
            var operation = paths[path].Operations.ShouldNotBeNull()[method];
            operation.Tags.ShouldNotBeNull().Select(t => t.Name).ShouldBe(["Consultants"]);
            operation.Summary.ShouldNotBeNullOrWhiteSpace();
            operation.Description.ShouldNotBeNullOrWhiteSpace();
            operation.Security.ShouldNotBeNull().ShouldNotBeEmpty();
            operation.Responses.ShouldNotBeNull()[status].Content.ShouldNotBeNull()["application/json"].Example.ShouldNotBeNull();
            if (method != HttpMethod.Get && !path.EndsWith("/submit", StringComparison.Ordinal) && !path.EndsWith("/archive", StringComparison.Ordinal))
            {
                operation.RequestBody.ShouldNotBeNull().Content.ShouldNotBeNull()["application/json"].Example.ShouldNotBeNull();
            }
        }

        var list = paths["/api/v1/consultants"].Operations.ShouldNotBeNull()[HttpMethod.Get];
        list.Parameters.ShouldNotBeNull().Select(p => p.Name).ShouldBeSubsetOf(["page", "pageSize", "q", "status", "skillId", "availableBy", "freshness", "sort", "descending"]);
        list.Parameters.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.Description));
        paths["/api/v1/consultants/by-external-reference/{externalReference}"].Operations.ShouldNotBeNull()[HttpMethod.Put].Responses.ShouldNotBeNull()
            .Keys.ShouldContain("201");
        new[] { "400", "404", "409", "412", "428" }
            .ShouldBeSubsetOf(paths["/api/v1/consultants/{id}"].Operations.ShouldNotBeNull()[HttpMethod.Put].Responses.ShouldNotBeNull().Keys);
    }

    /// <summary>A complete profile as a company's tool would send it.</summary>
    private static ConsultantApiRequest Profile(string fullName, string? externalReference, int[] skills) => new()
    {
        FullName = fullName, Email = $"{fullName.Replace(' ', '.').ToLowerInvariant()}@example.com", ExternalReference = externalReference,
        Headline = "Senior embedded software engineer", Summary = "Flight software in C and Ada.", SeniorityYears = 12, City = "Toulouse",
        CountryCode = "FR", RemotePreference = RemotePreference.RemoteWithTravel, DailyRateEur = 650, TimeZone = "Europe/Paris",
        AvailableFrom = new DateOnly(2027, 1, 4), AvailableUntil = new DateOnly(2027, 6, 30), CapacityPercent = 80, Sectors = ["aerospace"],
        Skills = [.. skills.Select(id => new ConsultantSkillApi(id, 4, 5))],
        Languages = [new ConsultantLanguageApi("fr", CefrLevel.C2), new ConsultantLanguageApi("en", CefrLevel.C1)],
    };

    private static Task<int[]> SkillsAsync(ApiHost host) =>
        TestData.SkillIdsAsync(host.Database, "tescforce:kubernetes", "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d");

    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, string url, ConsultantApiRequest body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: ApiHost.Json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await api.SendAsync(request);
    }

    private static async Task<int> CountAsync(ApiHost host)
    {
        await using var db = host.Database.CreateDbContext();
        return await db.Consultants.CountAsync();
    }

    private static async Task<ConsultantStatus> StatusAsync(ApiHost host, Guid id)
    {
        await using var db = host.Database.CreateDbContext();
        return await db.Consultants.Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }

    private sealed record Snapshot(Guid Id, DateOnly From, DateOnly? Until, int Capacity, DateTime Confirmed, int Version);

    private static async Task<List<Snapshot>> SnapshotAsync(ApiHost host)
    {
        await using var db = host.Database.CreateDbContext();
        return await db.Consultants.AsNoTracking().OrderBy(c => c.Reference)
            .Select(c => new Snapshot(c.Id, c.AvailableFrom, c.AvailableUntil, c.CapacityPercent, c.AvailabilityConfirmedAt, c.Version))
            .ToListAsync();
    }
}
