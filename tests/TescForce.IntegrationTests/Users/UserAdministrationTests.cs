using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Application.Users;
using TescForce.Domain.Audit;
using TescForce.Domain.Common;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.Identity;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Users;

/// <summary>What curators do to accounts: lock and unlock them, and resend the invitations no one accepted.</summary>
public sealed class UserAdministrationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly ActingUser Curator = ActingUser.Create("curator-id", [Roles.Curator]);

    [Theory, BothProviders]
    public async Task A_locked_account_cannot_sign_in_until_a_curator_unlocks_it(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database);
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var account = DemoAccounts.ClientMember;
        var id = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(account.Email))!.Id;
        async Task<SignInResult> SignInAsync()
        {
            // A fresh scope, as a new request would have: the identity store does not cache the account.
            await using var request = app.Services.CreateAsyncScope();
            var user = await request.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(id);
            return await request.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CheckPasswordSignInAsync(user!, account.Password, false);
        }

        await directory.SetLockedAsync(Curator, id, locked: true);
        var listed = (await directory.SearchAsync(Curator, new UserQuery(account.Email, null, new PageRequest()))).Items.Single();
        var whileLocked = await SignInAsync();
        await directory.SetLockedAsync(Curator, id, locked: false);
        var afterUnlock = await SignInAsync();
        await directory.SetLockedAsync(Curator, id, locked: false); // already unlocked: nothing to do, nothing to record
        var audit = await ExecuteDbContextAsync(database, db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ObjectType == AuditObjectTypes.User && e.ObjectId == id).OrderBy(e => e.At).ToListAsync());

        audit.Select(e => (e.ActorId, e.Action, e.After)).ShouldBe([
            (Curator.UserId, AuditActions.StatusChanged, """{"Locked":true}"""),
            (Curator.UserId, AuditActions.StatusChanged, """{"Locked":false}""")]);
        audit[0].Summary.ShouldBe($"{account.Email}: Active → Locked");
        listed.IsLockedOut.ShouldBeTrue();
        listed.Organisation.ShouldBe(DemoAccounts.ClientName);
        whileLocked.IsLockedOut.ShouldBeTrue();
        afterUnlock.Succeeded.ShouldBeTrue();
    }

    [Theory, BothProviders]
    public async Task Only_curators_lock_accounts_and_never_their_own(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database);
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var curator = (await users.FindByEmailAsync(DemoAccounts.Curator.Email))!;
        var member = (await users.FindByEmailAsync(DemoAccounts.CompanyMember.Email))!;

        await Should.ThrowAsync<ForbiddenAccessException>(() =>
            directory.SetLockedAsync(ActingUser.Create(member.Id, [Roles.CompanyMember], member.MemberCompanyId), curator.Id, true));
        await Should.ThrowAsync<ValidationFailedException>(() => directory.SetLockedAsync(ActingUser.Create(curator.Id, [Roles.Curator]), curator.Id, true));
        await Should.ThrowAsync<NotFoundException>(() => directory.SetLockedAsync(Curator, "no-such-user", true));
        var locked = await ExecuteDbContextAsync(database, db => db.Users.CountAsync(u => u.LockoutEnd != null));
        locked.ShouldBe(0);
        var recorded = await ExecuteDbContextAsync(database, db => db.AuditEntries.CountAsync(e => e.ObjectType == AuditObjectTypes.User));
        recorded.ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task A_curator_sees_the_waiting_invitations_and_resends_one_with_a_new_link(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var companies = scope.ServiceProvider.GetRequiredService<CompanyService>();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationAdministration>();
        var (company, member) = await TestData.InsertCompanyAsync(database, "Inviting Company");
        var site = new Uri("https://tescforce.test/");
        var sent = await companies.InviteAsync(member, "newcomer@inviting.example", site);
        var before = await ExecuteDbContextAsync(database, db => db.CompanyInvitations.AsNoTracking().SingleAsync(i => i.Id == sent.Id));
        await ExecuteDbContextAsync(database, async db =>
        {
            (await db.CompanyInvitations.SingleAsync(i => i.Id == sent.Id)).ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        var waiting = (await invitations.ListPendingAsync(Curator, new PageRequest())).Items.ShouldHaveSingleItem();
        var expires = await invitations.ResendAsync(Curator, sent.Id, site);
        var after = await ExecuteDbContextAsync(database, db => db.CompanyInvitations.AsNoTracking().SingleAsync(i => i.Id == sent.Id));

        waiting.Organisation.ShouldBe(company.Name);
        waiting.Expired.ShouldBeTrue();
        after.TokenHash.ShouldNotBe(before.TokenHash);
        after.ExpiresAt.ShouldBe(expires, TimeSpan.FromSeconds(1));
        after.IsUsable(DateTime.UtcNow).ShouldBeTrue();
        var recorded = await ExecuteDbContextAsync(database, db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.ObjectType == AuditObjectTypes.Invitation && e.ObjectId == sent.Id.ToString()));
        recorded.ActorId.ShouldBe(Curator.UserId);
        recorded.Summary.ShouldBe("Resent to newcomer@inviting.example");
        recorded.After.ShouldNotBeNull().ShouldContain("ExpiresAt");
        await Should.ThrowAsync<ForbiddenAccessException>(() => invitations.ListPendingAsync(member, new PageRequest()));
        await Should.ThrowAsync<ForbiddenAccessException>(() => invitations.ResendAsync(member, sent.Id, site));
        await Should.ThrowAsync<NotFoundException>(() => invitations.ResendAsync(Curator, Guid.NewGuid(), site));
    }
}
