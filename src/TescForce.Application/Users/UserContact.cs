namespace TescForce.Application.Users;

/// <summary>How to reach a person: shown to a client only once an introduction is accepted.</summary>
public sealed record UserContact(string? DisplayName, string Email);
