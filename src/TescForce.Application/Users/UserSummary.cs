namespace TescForce.Application.Users;

/// <param name="Organisation">The member company or client organisation the user belongs to, when the list shows it.</param>
public sealed record UserSummary(
    string Id,
    string Email,
    string? DisplayName,
    IReadOnlyList<string> Roles,
    bool EmailConfirmed,
    bool IsLockedOut,
    string? Organisation = null);
