namespace TescForce.Application.Users;

/// <summary>A user to notify: where to write and in which language ("fr" or "en"; null when never chosen).</summary>
public sealed record Recipient(string UserId, string Email, string? Culture);
