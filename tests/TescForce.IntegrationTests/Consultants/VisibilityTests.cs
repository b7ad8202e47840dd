using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.TalentPool;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Consultants;

/// <summary>Who sees what of a consultant: the company and curators everything, clients only anonymous fresh cards.</summary>
public sealed class VisibilityTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Clients_see_only_published_fresh_cards_of_approved_companies_and_no_identity(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        var pool = scope.ServiceProvider.GetRequiredService<TalentPoolService>();
        var skills = await TestData.SkillIdsAsync(database, "tescforce:kubernetes");
        var (_, approved) = await TestData.InsertCompanyAsync(database, "Approved");
        var (suspendedCompany, suspended) = await TestData.InsertCompanyAsync(database, "Later suspended");
        var visible = await TestData.PublishAsync(consultants, approved, TestData.Input("Visible Person", skills));
        var stale = await TestData.PublishAsync(consultants, approved, TestData.Input("Stale Person", skills));
        await consultants.CreateAsync(approved, TestData.Input("Draft Person", skills));
        await TestData.PublishAsync(consultants, suspended, TestData.Input("Suspended Company Person", skills));
        await ExecuteDbContextAsync(database, async db =>
        {
            (await db.Consultants.SingleAsync(c => c.Id == stale)).AvailabilityConfirmedAt = DateTime.UtcNow.AddDays(-30).AddMinutes(-1);
            (await db.MemberCompanies.SingleAsync(c => c.Id == suspendedCompany.Id)).Status = CompanyStatus.Suspended;
            return await db.SaveChangesAsync();
        });
        var client = ActingUser.Create("client", [Roles.ClientMember]);

        var cards = (await pool.SearchAsync(client, new TalentSearchQuery { SkillId = skills[0] })).Cards;

        var reference = (await consultants.GetAsync(approved, visible)).Reference;
        cards.Items.Select(c => c.Reference).ShouldBe([reference]);
        typeof(ConsultantCard).GetProperties().Select(p => p.Name)
            .ShouldNotContain(name => name.Contains("Name", StringComparison.Ordinal) || name.Contains("Email", StringComparison.Ordinal) || name.Contains("Company", StringComparison.Ordinal));
    }

    [Theory, BothProviders]
    public async Task Over_http_a_member_opens_their_own_profile_but_another_companys_shows_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        await using var scope = app.Services.CreateAsyncScope();
        var consultants = scope.ServiceProvider.GetRequiredService<ConsultantService>();
        var skills = await TestData.SkillIdsAsync(database, "tescforce:kubernetes");
        var (_, memberA) = await TestData.InsertCompanyAsync(database, "A");
        var (_, memberB) = await TestData.InsertCompanyAsync(database, "B");
        var ofA = await consultants.CreateAsync(memberA, TestData.Input("Alice Ownprofile", skills));
        var ofB = await consultants.CreateAsync(memberB, TestData.Input("Bruno Secretprofile", skills));
        var client = app.CreateClient().SignedInAs(memberA.UserId, memberA.Roles, memberA.CompanyId);

        var own = await client.GetStringAsync($"/company/consultants/{ofA}");
        var other = await client.GetAsync($"/company/consultants/{ofB}");
        var otherHtml = await other.Content.ReadAsStringAsync();
        var list = await client.GetStringAsync("/company/consultants");

        own.ShouldContain("Alice Ownprofile");
        otherHtml.ShouldNotContain("Bruno");
        otherHtml.ShouldNotContain("secretprofile@example.com", Case.Insensitive);
        otherHtml.ShouldContain("This profile does not exist");
        list.ShouldNotContain("Bruno");
    }

    [Theory]
    [InlineData(Roles.ClientMember)]
    [InlineData(Roles.Curator)]
    public async Task The_company_pages_are_for_company_members_only(string role)
    {
        var database = await Fixture.UseAsync(DatabaseProvider.Sqlite);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", settings: TestAuthentication.Setting);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SignedInAs("someone", [role]);

        var response = await client.GetAsync("/company/consultants");

        // The test scheme answers 403 where the cookie scheme redirects to Account/AccessDenied (see the E2E tests).
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
