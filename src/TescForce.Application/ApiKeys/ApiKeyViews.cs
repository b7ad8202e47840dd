namespace TescForce.Application.ApiKeys;

/// <summary>The organisation a key acts for: a member company or a client organisation, exactly one.</summary>
public sealed record ApiKeyOwner(Guid? CompanyId, Guid? ClientId)
{
    public static ApiKeyOwner Company(Guid id) => new(id, null);

    public static ApiKeyOwner Client(Guid id) => new(null, id);
}

/// <summary>A new key as its owner asks for it.</summary>
public sealed record ApiKeyRequest(string Name, DateOnly? ExpiresOn);

/// <summary>A key just created: <see cref="Key"/> is shown this once and never stored.</summary>
public sealed record CreatedApiKey(Guid Id, string Name, string Prefix, string Key, DateTime? ExpiresAt);

/// <summary>A key as its organisation's members see it in the list: never the secret.</summary>
public sealed record ApiKeySummary(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt,
    DateTime? RevokedAt, DateTime? LastUsedAt, bool IsActive);

/// <summary>Who a presented key acts for, once it has been accepted.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, string Name, string Prefix, Guid? CompanyId, Guid? ClientId)
{
    /// <summary>The id under which the key acts in the services and the audit log.</summary>
    public string ActorId => ApiKeyService.ActorPrefix + KeyId.ToString("N");
}
