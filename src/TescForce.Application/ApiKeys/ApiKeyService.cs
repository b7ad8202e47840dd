using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Companies;
using TescForce.Domain.ApiKeys;

namespace TescForce.Application.ApiKeys;

/// <summary>
/// API keys of member companies and client organisations (ADR 0012): created by a member for their own
/// organisation and shown once, listed without their secret, revoked; and checked when presented. A key is
/// <c>tf_</c> + 10 characters (the prefix, stored, which finds the key) + <c>_</c> + 43 characters of a
/// 256-bit secret; only the SHA-256 of the whole key is stored.
/// </summary>
public sealed class ApiKeyService(IAppDbFactory dbFactory, TimeProvider clock)
{
    /// <summary>The start of the actor id of a call made with a key (<c>apikey:&lt;id&gt;</c>), as the audit log shows it.</summary>
    public const string ActorPrefix = "apikey:";

    /// <summary>Enough for every system of an organisation; more is a sign that keys are not revoked.</summary>
    public const int MaxActiveKeysPerOrganisation = 20;

    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int PrefixLength = 10;

    /// <summary>Lets an organisation's key last-use time move only once a minute: a busy key does not write at every call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedApiKey> CreateAsync(ActingUser actor, ApiKeyOwner owner, ApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(request);
        RequireOwner(actor, owner);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = request.Name?.Trim() ?? "";
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (name.Length == 0)
        {
            InputValidation.Add(errors, nameof(request.Name), Messages.ApiKeys_GiveKeyNameThat);
        }
        else if (name.Length > ApiKey.MaxNameLength)
        {
            InputValidation.Add(errors, nameof(request.Name), Messages.Format(Messages.ApiKeys_KeyNameMostCharacters, ApiKey.MaxNameLength));
        }

        DateTime? expiresAt = request.ExpiresOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (expiresAt is { } expires && expires <= now)
        {
            InputValidation.Add(errors, nameof(request.ExpiresOn), Messages.ApiKeys_ExpiryDateFuture);
        }
        else if (expiresAt is { } far && far > now + ApiKey.MaxLifetime)
        {
            InputValidation.Add(errors, nameof(request.ExpiresOn), Messages.ApiKeys_KeyLastTwoYears);
        }

        InputValidation.ThrowIfAny(errors);

        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        await RequireOrganisationAsync(db, owner, cancellationToken);
        var active = await Owned(db.ApiKeys, owner).CountAsync(k => k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now), cancellationToken);
        if (active >= MaxActiveKeysPerOrganisation)
        {
            throw new ValidationFailedException(nameof(request.Name),
                Messages.Format(Messages.ApiKeys_OrganisationAlreadyActiveKeys, MaxActiveKeysPerOrganisation));
        }

        var prefix = "tf_" + RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var key = prefix + "_" + InvitationTokens.NewToken();
        var apiKey = new ApiKey
        {
            CompanyId = owner.CompanyId,
            ClientId = owner.ClientId,
            Name = name,
            Prefix = prefix,
            SecretHash = InvitationTokens.Hash(key),
            CreatedByUserId = actor.UserId,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(apiKey.Id, apiKey.Name, prefix, key, expiresAt);
    }

    /// <summary>The organisation's keys, active ones first, newest first.</summary>
    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(ActingUser actor, ApiKeyOwner owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(owner);
        RequireOwner(actor, owner);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var keys = await Owned(db.ApiKeys.AsNoTracking(), owner).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return [.. keys
            .Select(k => new ApiKeySummary(k.Id, k.Name, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt, k.IsActive(now)))
            .OrderByDescending(k => k.IsActive)];
    }

    /// <summary>Revokes one of the organisation's keys at once; revoking a revoked key changes nothing.</summary>
    public async Task RevokeAsync(ActingUser actor, Guid keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        // Another organisation's key is answered as missing: its existence is not theirs to learn.
        if (key is null || !CanManage(actor, new ApiKeyOwner(key.CompanyId, key.ClientId)))
        {
            throw new NotFoundException(Messages.ApiKeys_APIKeyDoesNot);
        }

        if (key.RevokedAt is not null)
        {
            return;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        key.RevokedByUserId = actor.UserId;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The identity of a presented key, or null when it is malformed, unknown, revoked or expired.</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (ParsePrefix(presented) is not { } prefix)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        var hash = InvitationTokens.Hash(presented);
        if (key is null || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(hash), System.Text.Encoding.ASCII.GetBytes(key.SecretHash))
            || !key.IsActive(now))
        {
            return null;
        }

        if (key.LastUsedAt is not { } used || now - used >= LastUsedResolution)
        {
            // A plain update outside the change tracker: bookkeeping, not a change anyone made (no audit entry).
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return new ApiKeyIdentity(key.Id, key.Name, key.Prefix, key.CompanyId, key.ClientId);
    }

    /// <summary>The prefix of a well-formed key (<c>tf_</c> + 10 + <c>_</c> + 43 characters), else null.</summary>
    public static string? ParsePrefix(string? presented)
    {
        const int length = 3 + PrefixLength + 1 + 43;
        if (presented is not { Length: length } || !presented.StartsWith("tf_", StringComparison.Ordinal) || presented[3 + PrefixLength] != '_')
        {
            return null;
        }

        var prefix = presented[..(3 + PrefixLength)];
        var secret = presented[(3 + PrefixLength + 1)..];
        return prefix[3..].All(c => PrefixAlphabet.Contains(c, StringComparison.Ordinal)) && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? prefix
            : null;
    }

    private static IQueryable<ApiKey> Owned(IQueryable<ApiKey> keys, ApiKeyOwner owner) =>
        owner.CompanyId is { } companyId ? keys.Where(k => k.CompanyId == companyId) : keys.Where(k => k.ClientId == owner.ClientId);

    private static bool IsSystem(ActingUser actor) => actor.UserId.StartsWith(Domain.Audit.AuditEntry.SystemPrefix, StringComparison.Ordinal);

    /// <summary>A member of the organisation (a curator's account is not one), or the command line acting as the system.</summary>
    private static bool CanManage(ActingUser actor, ApiKeyOwner owner) =>
        IsSystem(actor)
        || (owner.CompanyId is { } companyId && actor.CompanyId == companyId && actor.Roles.Contains(Domain.Identity.Roles.CompanyMember))
        || (owner.ClientId is { } clientId && actor.ClientId == clientId && actor.Roles.Contains(Domain.Identity.Roles.ClientMember));

    private static void RequireOwner(ActingUser actor, ApiKeyOwner owner)
    {
        if ((owner.CompanyId is null) == (owner.ClientId is null))
        {
            throw new ArgumentException("A key belongs to exactly one organisation.", nameof(owner));
        }

        if (!CanManage(actor, owner))
        {
            throw new ForbiddenAccessException(Messages.ApiKeys_OnlyOrganisationMembersManage);
        }

        // A key may not mint keys: a leaked key must not be able to outlive its own revocation.
        if (actor.UserId.StartsWith(ActorPrefix, StringComparison.Ordinal))
        {
            throw new ForbiddenAccessException(Messages.ApiKeys_APIKeysCreatedPerson);
        }
    }

    private static async Task RequireOrganisationAsync(IAppDb db, ApiKeyOwner owner, CancellationToken cancellationToken)
    {
        var exists = owner.CompanyId is { } companyId
            ? await db.MemberCompanies.AnyAsync(c => c.Id == companyId, cancellationToken)
            : await db.ClientOrganisations.AnyAsync(c => c.Id == owner.ClientId, cancellationToken);
        if (!exists)
        {
            throw new NotFoundException(Messages.ApiKeys_OrganisationDoesNotExist);
        }
    }
}
