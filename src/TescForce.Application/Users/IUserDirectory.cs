using TescForce.Application.Common;

namespace TescForce.Application.Users;

/// <summary>The users of every organisation, for curators.</summary>
public interface IUserDirectory
{
    /// <exception cref="ForbiddenAccessException">The actor is not a curator.</exception>
    Task<PagedResult<UserSummary>> SearchAsync(ActingUser actor, UserQuery query, CancellationToken cancellationToken = default);

    /// <summary>The users of a member company (its own members and curators only).</summary>
    Task<IReadOnlyList<UserSummary>> ListCompanyMembersAsync(ActingUser actor, Guid companyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Name and e-mail of a user, for a contact the caller has already been allowed to see (the member who
    /// accepted an introduction); no check of its own.
    /// </summary>
    Task<UserContact?> FindContactAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>How many users each role has, for the curators' dashboard.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByRoleAsync(ActingUser actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// The members of a client organisation to notify of a change to that organisation's data; no check of its
    /// own (the service that made the change has checked the actor).
    /// </summary>
    Task<IReadOnlyList<Recipient>> MembersOfClientAsync(Guid clientId, CancellationToken cancellationToken = default);

    /// <summary>The members of a member company to notify; no check of its own, as <see cref="MembersOfClientAsync"/>.</summary>
    Task<IReadOnlyList<Recipient>> MembersOfCompanyAsync(Guid companyId, CancellationToken cancellationToken = default);

    /// <summary>The curators (not locked out), to receive the public contact form's messages; no check of its own.</summary>
    Task<IReadOnlyList<Recipient>> CuratorsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks an account (its sessions end at their next check, sign-in is refused) or unlocks it; curators
    /// only, and never their own account.
    /// </summary>
    Task SetLockedAsync(ActingUser actor, string userId, bool locked, CancellationToken cancellationToken = default);

    /// <summary>The users of a client organisation (its own members and curators only).</summary>
    Task<IReadOnlyList<UserSummary>> ListClientMembersAsync(ActingUser actor, Guid clientId, CancellationToken cancellationToken = default);
}
