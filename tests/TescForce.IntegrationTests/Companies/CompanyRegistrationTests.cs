using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Companies;

public sealed class CompanyRegistrationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static CompanyRegistration Registration(string siren = "901000000", string email = "anne@naviga.example") => new()
    {
        Name = "Naviga Systèmes", Siren = siren, City = "Blagnac", Website = "https://naviga.example",
        Description = "Flight software.", ContactName = "Anne Martin", Email = email,
        Password = "correct horse battery staple", ConfirmPassword = "correct horse battery staple",
    };

    [Theory, BothProviders]
    public async Task A_company_registers_with_its_first_user_and_waits_for_approval(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();

        var userId = await scope.ServiceProvider.GetRequiredService<IAccountProvisioning>().RegisterCompanyAsync(Registration("901 000 000"));

        var company = await ExecuteDbContextAsync(database, db => db.MemberCompanies.SingleAsync());
        var user = await ExecuteDbContextAsync(database, db => db.Users.SingleAsync(u => u.Id == userId));
        var roles = await ExecuteDbContextAsync(database, db => db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        company.Status.ShouldBe(CompanyStatus.Pending);
        company.Siren.ShouldBe("901000000");
        user.MemberCompanyId.ShouldBe(company.Id);
        roles.ShouldBe([Roles.CompanyMember]);
    }

    [Theory, BothProviders]
    public async Task A_siren_already_registered_is_refused_and_nothing_is_created(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        await provisioning.RegisterCompanyAsync(Registration());

        var refused = await Should.ThrowAsync<ValidationFailedException>(
            () => provisioning.RegisterCompanyAsync(Registration(email: "other@naviga.example")));

        refused.Errors["Siren"].ShouldBe(["A company with this SIREN number is already registered."]);
        (await CountAsync<MemberCompany>(database)).ShouldBe(1);
        (await ExecuteDbContextAsync(database, db => db.Users.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData("901000001", "Siren")]
    [InlineData("12345", "Siren")]
    public async Task An_invalid_siren_is_refused_with_a_message_on_its_field(string siren, string field)
    {
        var database = await Fixture.UseAsync(DatabaseProvider.Sqlite);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();

        var refused = await Should.ThrowAsync<ValidationFailedException>(
            () => scope.ServiceProvider.GetRequiredService<IAccountProvisioning>().RegisterCompanyAsync(Registration(siren)));

        refused.Errors.Keys.ShouldBe([field]);
        (await CountAsync<MemberCompany>(database)).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_refused_password_leaves_no_company_behind(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var registration = Registration();
        registration.Password = registration.ConfirmPassword = "short";

        var refused = await Should.ThrowAsync<ValidationFailedException>(
            () => scope.ServiceProvider.GetRequiredService<IAccountProvisioning>().RegisterCompanyAsync(registration));

        refused.Errors.ShouldContainKey("Password");
        (await CountAsync<MemberCompany>(database)).ShouldBe(0);
        (await ExecuteDbContextAsync(database, db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_curator_approves_or_rejects_a_pending_company_and_nobody_else_may(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var companies = scope.ServiceProvider.GetRequiredService<CompanyService>();
        var firstUser = await provisioning.RegisterCompanyAsync(Registration());
        await provisioning.RegisterCompanyAsync(Registration("842135576", "boss@other.example"));
        var all = await ExecuteDbContextAsync(database, db => db.MemberCompanies.OrderBy(c => c.Siren).ToListAsync());
        var (other, naviga) = (all[0], all[1]);
        var curator = ActingUser.Create("curator", [Roles.Curator]);
        var member = ActingUser.Create(firstUser, [Roles.CompanyMember], naviga.Id);

        await Should.ThrowAsync<ForbiddenAccessException>(() => companies.ApproveAsync(member, naviga.Id));
        await companies.ApproveAsync(curator, naviga.Id);
        await Should.ThrowAsync<TescForce.Domain.Common.DomainException>(() => companies.RejectAsync(curator, other.Id, "  "));
        await companies.RejectAsync(curator, other.Id, "Not an IT-services company.");

        var pending = await companies.ListAsync(curator, CompanyStatus.Pending, null, new PageRequest());
        var statuses = await ExecuteDbContextAsync(database, db => db.MemberCompanies.OrderBy(c => c.Siren)
            .Select(c => new { c.Status, c.DecisionReason }).ToListAsync());
        pending.TotalCount.ShouldBe(0);
        statuses[0].Status.ShouldBe(CompanyStatus.Rejected);
        statuses[0].DecisionReason.ShouldBe("Not an IT-services company.");
        statuses[1].Status.ShouldBe(CompanyStatus.Approved);
    }

    [Theory, BothProviders]
    public async Task A_member_sees_and_edits_only_their_own_company(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var companies = scope.ServiceProvider.GetRequiredService<CompanyService>();
        var userA = await provisioning.RegisterCompanyAsync(Registration());
        await provisioning.RegisterCompanyAsync(Registration("842135576", "boss@other.example"));
        var ids = await ExecuteDbContextAsync(database, db => db.MemberCompanies.OrderBy(c => c.Siren).Select(c => c.Id).ToListAsync());
        var (companyB, companyA) = (ids[0], ids[1]);
        var memberA = ActingUser.Create(userA, [Roles.CompanyMember], companyA);

        var own = await companies.GetAsync(memberA, companyA);
        await Should.ThrowAsync<ForbiddenAccessException>(() => companies.GetAsync(memberA, companyB));
        await Should.ThrowAsync<ForbiddenAccessException>(() => companies.UpdateProfileAsync(memberA, companyB,
            new CompanyProfileUpdate { Name = "Hijacked", City = "Nowhere" }));
        await companies.UpdateProfileAsync(memberA, companyA, new CompanyProfileUpdate { Name = "Naviga", City = "Toulouse", Version = own.Version });
        var stale = Should.ThrowAsync<ConcurrencyConflictException>(() => companies.UpdateProfileAsync(memberA, companyA,
            new CompanyProfileUpdate { Name = "Naviga 2", City = "Toulouse", Version = own.Version }));

        await stale;
        (await companies.GetAsync(memberA, companyA)).Name.ShouldBe("Naviga");
        (await ExecuteDbContextAsync(database, db => db.MemberCompanies.SingleAsync(c => c.Id == companyB))).Name.ShouldBe("Naviga Systèmes");
    }

    [Theory, BothProviders]
    public async Task An_invited_colleague_joins_the_company_once_and_an_expired_link_is_refused(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var companies = scope.ServiceProvider.GetRequiredService<CompanyService>();
        var owner = await provisioning.RegisterCompanyAsync(Registration());
        var companyId = await ExecuteDbContextAsync(database, db => db.MemberCompanies.Select(c => c.Id).SingleAsync());
        var actor = ActingUser.Create(owner, [Roles.CompanyMember], companyId);

        var invitation = await companies.InviteAsync(actor, "paul@naviga.example", new Uri("https://tescforce.example/"));
        var token = Uri.UnescapeDataString(invitation.Link.Split("token=")[1]);
        var acceptance = new InvitationAcceptance { Token = token, DisplayName = "Paul", Password = "a long enough passphrase", ConfirmPassword = "a long enough passphrase" };
        var paulId = await provisioning.AcceptInvitationAsync(acceptance);
        var again = await Should.ThrowAsync<ValidationFailedException>(() => provisioning.AcceptInvitationAsync(acceptance));

        invitation.Link.ShouldStartWith("https://tescforce.example/Account/AcceptInvitation?token=");
        (await ExecuteDbContextAsync(database, db => db.Users.SingleAsync(u => u.Id == paulId))).MemberCompanyId.ShouldBe(companyId);
        again.Errors.ShouldContainKey("Token");
        (await ExecuteDbContextAsync(database, db => db.CompanyInvitations.SingleAsync())).TokenHash.ShouldNotBe(token);

        await ExecuteDbContextAsync(database, async db =>
        {
            var expired = await companies.InviteAsync(actor, "late@naviga.example", new Uri("https://tescforce.example/"));
            var row = await db.CompanyInvitations.SingleAsync(i => i.Id == expired.Id);
            row.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
            var lateToken = Uri.UnescapeDataString(expired.Link.Split("token=")[1]);
            await Should.ThrowAsync<ValidationFailedException>(() => provisioning.AcceptInvitationAsync(
                new InvitationAcceptance { Token = lateToken, DisplayName = "Late", Password = "a long enough passphrase", ConfirmPassword = "a long enough passphrase" }));
            return 0;
        });
    }
}
