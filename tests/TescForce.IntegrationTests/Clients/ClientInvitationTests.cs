using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Clients;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Application.Users;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Clients;

/// <summary>Clients invite colleagues the way member companies do; the colleague joins that client as a client member.</summary>
public sealed class ClientInvitationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Passphrase = "a long enough passphrase";

    [Theory, BothProviders]
    public async Task An_invited_colleague_joins_the_client_organisation_as_a_client_member(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        using var smtp = new TestSmtpServer();
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production", smtp.Settings);
        await using var scope = app.Services.CreateAsyncScope();
        var (organisation, _) = await TestData.InsertClientAsync(database, "Maple Avionics");
        var owner = await TestData.InsertMemberAsync(database, "chloe@maple.example", "fr", clientId: organisation.Id);
        var clients = scope.ServiceProvider.GetRequiredService<ClientService>();

        var invitation = await clients.InviteAsync(owner, " marc@maple.example ", new Uri("https://tescforce.example/"));
        var mail = smtp.To("marc@maple.example");
        var token = Uri.UnescapeDataString(invitation.Link.Split("token=")[1]);
        var userId = await scope.ServiceProvider.GetRequiredService<IAccountProvisioning>().AcceptInvitationAsync(
            new InvitationAcceptance { Token = token, DisplayName = "Marc", Password = Passphrase, ConfirmPassword = Passphrase });

        mail.Subject.ShouldBe("Invitation to join Maple Avionics on TescForce / Invitation à rejoindre Maple Avionics sur TescForce");
        mail.TextBody.ShouldNotBeNull().ShouldContain(invitation.Link);
        mail.TextBody.ShouldContain("You are invited to join Maple Avionics");
        mail.TextBody.ShouldContain("Vous êtes invité·e à rejoindre Maple Avionics");
        var user = await ExecuteDbContextAsync(database, db => db.Users.SingleAsync(u => u.Id == userId));
        user.ClientOrganisationId.ShouldBe(organisation.Id);
        user.MemberCompanyId.ShouldBeNull();
        (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(user)).ShouldBe([Roles.ClientMember]);
        (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().ListClientMembersAsync(owner, organisation.Id))
            .Select(m => m.Email).ShouldBe(["chloe@maple.example", "marc@maple.example"]);
        (await clients.ListInvitationsAsync(owner)).ShouldHaveSingleItem().AcceptedAt.ShouldNotBeNull();
    }

    [Theory, BothProviders]
    public async Task Only_the_clients_own_members_invite_or_see_its_colleagues_and_a_bad_address_changes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ClientService>();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var (organisation, owner) = await TestData.InsertClientAsync(database, "Maple Avionics");
        var (_, stranger) = await TestData.InsertClientAsync(database, "Elsewhere");
        var (_, companyMember) = await TestData.InsertCompanyAsync(database, "Supplier");
        var site = new Uri("https://tescforce.example/");

        var invalid = await Should.ThrowAsync<ValidationFailedException>(() => clients.InviteAsync(owner, "not an address", site));
        await Should.ThrowAsync<ForbiddenAccessException>(() => clients.InviteAsync(companyMember, "x@maple.example", site));
        await Should.ThrowAsync<ForbiddenAccessException>(() => directory.ListClientMembersAsync(stranger, organisation.Id));
        await Should.ThrowAsync<ForbiddenAccessException>(() => clients.ListInvitationsAsync(companyMember));
        await clients.InviteAsync(stranger, "y@elsewhere.example", site);

        invalid.Errors.ShouldContainKey("Email");
        (await clients.ListInvitationsAsync(owner)).ShouldBeEmpty();
        (await ExecuteDbContextAsync(database, db => db.CompanyInvitations.SingleAsync())).ClientId.ShouldNotBe(organisation.Id);
        (await CountAsync<CompanyInvitation>(database)).ShouldBe(1);
    }
}
