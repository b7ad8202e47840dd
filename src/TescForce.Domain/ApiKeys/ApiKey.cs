namespace TescForce.Domain.ApiKeys;

/// <summary>
/// A key with which an organisation's own systems call the API (<c>Authorization: Bearer &lt;key&gt;</c>): it acts
/// for a member company or a client organisation (exactly one of <see cref="CompanyId"/> and <see cref="ClientId"/>)
/// with the rights of its members. The key is shown once, when created; only its <see cref="Prefix"/>, which
/// finds it, and a hash of the whole key are stored.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    /// <summary>The longest life a key may be given; a key may also never expire.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(2 * 366);

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid? CompanyId { get; set; }

    public Guid? ClientId { get; set; }

    /// <summary>What the key is for, as its owner named it ("Bench sync", "HR system").</summary>
    public required string Name { get; set; }

    /// <summary>The public start of the key (<c>tf_</c> and 10 characters), unique: it finds the key and names it in lists.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, hexadecimal. A key is 256 random bits: a fast hash is enough.</summary>
    public required string SecretHash { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedByUserId { get; set; }

    /// <summary>When the key was last accepted, to the minute: owners see which keys are still in use.</summary>
    public DateTime? LastUsedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is not { } expires || now < expires);
}
