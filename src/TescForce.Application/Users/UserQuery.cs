using TescForce.Application.Common;

namespace TescForce.Application.Users;

/// <param name="Search">Part of the e-mail or display name, case-insensitive; null for everyone.</param>
/// <param name="Role">Only the users in this role; null for every role.</param>
public sealed record UserQuery(string? Search, string? Role, PageRequest Page);
