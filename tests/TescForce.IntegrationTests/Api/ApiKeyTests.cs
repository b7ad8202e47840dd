using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.ApiKeys;
using TescForce.Application.Common;
using TescForce.Domain.Audit;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Api;

/// <summary>API keys: created by an organisation's member and shown once, stored as a hash, listed, revoked; checked on every call.</summary>
public sealed class ApiKeyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task A_member_creates_a_key_shown_once_and_stored_only_as_a_hash_and_revokes_it(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (company, member) = await TestData.InsertCompanyAsync(host.Database, "Keyed");
        await using var scope = host.App.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();

        var created = await keys.CreateAsync(member, ApiKeyOwner.Company(company.Id), new ApiKeyRequest("  Bench sync ", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)));
        var identity = await keys.AuthenticateAsync(created.Key);
        var listed = (await keys.ListAsync(member, ApiKeyOwner.Company(company.Id))).ShouldHaveSingleItem();
        var stored = await ExecuteDbContextAsync(host.Database, db => db.ApiKeys.AsNoTracking().SingleAsync());
        await keys.RevokeAsync(member, created.Id);
        var afterRevoke = await keys.AuthenticateAsync(created.Key);
        var audit = await ExecuteDbContextAsync(host.Database, db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ObjectType == AuditObjectTypes.ApiKey).OrderBy(e => e.At).ToListAsync());

        created.Key.ShouldMatch("^tf_[a-z2-9]{10}_[A-Za-z0-9_-]{43}$");
        created.Key.ShouldStartWith(created.Prefix + "_");
        created.Name.ShouldBe("Bench sync");
        identity.ShouldNotBeNull().CompanyId.ShouldBe(company.Id);
        identity.ClientId.ShouldBeNull();
        listed.Prefix.ShouldBe(created.Prefix);
        listed.IsActive.ShouldBeTrue();
        stored.SecretHash.ShouldNotContain(created.Key[created.Prefix.Length..]);
        stored.SecretHash.Length.ShouldBe(64);
        stored.LastUsedAt.ShouldNotBeNull();
        afterRevoke.ShouldBeNull();
        audit.Select(e => (e.ActorId, e.Action)).ShouldBe([(member.UserId, AuditActions.Created), (member.UserId, AuditActions.Updated)]);
        audit[0].After.ShouldNotBeNull().ShouldNotContain(stored.SecretHash);
    }

    [Theory, BothProviders]
    public async Task Keys_belong_to_their_organisation_and_bad_requests_create_nothing(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (company, member) = await TestData.InsertCompanyAsync(host.Database, "Owner");
        var (_, stranger) = await TestData.InsertCompanyAsync(host.Database, "Stranger");
        var (client, clientMember) = await TestData.InsertClientAsync(host.Database, "Client");
        await using var scope = host.App.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        var own = ApiKeyOwner.Company(company.Id);
        var key = await keys.CreateAsync(member, own, new ApiKeyRequest("Mine", null));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await Should.ThrowAsync<ForbiddenAccessException>(() => keys.CreateAsync(stranger, own, new ApiKeyRequest("Theirs", null)));
        await Should.ThrowAsync<ForbiddenAccessException>(() => keys.CreateAsync(clientMember, own, new ApiKeyRequest("Theirs", null)));
        await Should.ThrowAsync<ForbiddenAccessException>(() => keys.CreateAsync(TestData.Curator, own, new ApiKeyRequest("Curator", null)));
        await Should.ThrowAsync<ForbiddenAccessException>(() => keys.ListAsync(stranger, own));
        await Should.ThrowAsync<NotFoundException>(() => keys.RevokeAsync(stranger, key.Id));
        await Should.ThrowAsync<NotFoundException>(() => keys.RevokeAsync(clientMember, key.Id));
        var asKey = ActingUser.Create(ApiKeyService.ActorPrefix + key.Id.ToString("N"), [Roles.CompanyMember], company.Id);
        await Should.ThrowAsync<ForbiddenAccessException>(() => keys.CreateAsync(asKey, own, new ApiKeyRequest("Minted by a key", null)));
        var empty = await Should.ThrowAsync<ValidationFailedException>(() => keys.CreateAsync(member, own, new ApiKeyRequest("  ", null)));
        var past = await Should.ThrowAsync<ValidationFailedException>(() => keys.CreateAsync(member, own, new ApiKeyRequest("Old", today.AddDays(-1))));
        var far = await Should.ThrowAsync<ValidationFailedException>(() => keys.CreateAsync(member, own, new ApiKeyRequest("Far", today.AddYears(3))));
        var clientKey = await keys.CreateAsync(clientMember, ApiKeyOwner.Client(client.Id), new ApiKeyRequest("Client system", null));

        empty.Errors.Keys.ShouldBe(["Name"]);
        past.Errors.Keys.ShouldBe(["ExpiresOn"]);
        far.Errors.Keys.ShouldBe(["ExpiresOn"]);
        (await ExecuteDbContextAsync(host.Database, db => db.ApiKeys.CountAsync())).ShouldBe(2);
        (await keys.AuthenticateAsync(key.Key)).ShouldNotBeNull(); // still active: nobody else could revoke it
        (await keys.AuthenticateAsync(clientKey.Key)).ShouldNotBeNull().ClientId.ShouldBe(client.Id);
    }

    [Theory, BothProviders]
    public async Task An_expired_a_tampered_or_a_malformed_key_is_refused(DatabaseProvider provider)
    {
        await using var host = ApiHost.Start(await Fixture.UseAsync(provider));
        var (company, member) = await TestData.InsertCompanyAsync(host.Database, "Expiring");
        var created = await host.CreateKeyAsync(member, ApiKeyOwner.Company(company.Id));
        await using var scope = host.App.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        var tampered = created.Key[..^1] + (created.Key[^1] == 'A' ? 'B' : 'A');

        (await keys.AuthenticateAsync(tampered)).ShouldBeNull();
        (await keys.AuthenticateAsync(created.Key + "x")).ShouldBeNull();
        (await keys.AuthenticateAsync("")).ShouldBeNull();
        (await keys.AuthenticateAsync("tf_' OR 1=1 --")).ShouldBeNull();
        (await keys.AuthenticateAsync(created.Key)).ShouldNotBeNull();
        await ExecuteDbContextAsync(host.Database, db => db.ApiKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        (await keys.AuthenticateAsync(created.Key)).ShouldBeNull();
        var response = await host.WithKey(created.Key).GetAsync("/api/v1/skills?q=java");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
