using Microsoft.AspNetCore.Identity;

namespace TescForce.Infrastructure.Identity;

/// <summary>Identity's messages plus TescForce's own; the web host registers a localized subclass.</summary>
public class TescForceIdentityErrorDescriber : IdentityErrorDescriber
{
    public const string CommonPasswordCode = "CommonPassword";
    public const string PasswordIsEmailCode = "PasswordIsEmail";

    public virtual IdentityError CommonPassword() => new()
    {
        Code = CommonPasswordCode,
        Description = "This password is among the most common ones; choose another.",
    };

    public virtual IdentityError PasswordIsEmail() => new()
    {
        Code = PasswordIsEmailCode,
        Description = "The password must not be your e-mail address; choose another.",
    };
}
