namespace TescForce.Application.Users;

public sealed record UserSummary(
    string Id,
    string Email,
    string? DisplayName,
    IReadOnlyList<string> Roles,
    bool EmailConfirmed,
    bool IsLockedOut);
