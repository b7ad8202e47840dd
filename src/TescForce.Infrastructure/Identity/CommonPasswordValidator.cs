using Microsoft.AspNetCore.Identity;

namespace TescForce.Infrastructure.Identity;

/// <summary>
/// Refuses a password found in <see cref="CommonPasswords"/>, or equal to the user's e-mail address or its local part
/// (NIST SP 800-63B: check against known-weak and context-specific words rather than impose composition rules).
/// </summary>
public sealed class CommonPasswordValidator(TescForceIdentityErrorDescriber describer) : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsEmailOrLocalPart(password, user.Email ?? user.UserName))
        {
            return Task.FromResult(IdentityResult.Failed(describer.PasswordIsEmail()));
        }

        return Task.FromResult(CommonPasswords.Contains(password) ? IdentityResult.Failed(describer.CommonPassword()) : IdentityResult.Success);
    }

    private static bool IsEmailOrLocalPart(string password, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        email = email.Trim();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return string.Equals(password, email, StringComparison.OrdinalIgnoreCase)
               || (at > 0 && string.Equals(password, email[..at], StringComparison.OrdinalIgnoreCase));
    }
}
