using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using TescForce.Infrastructure.Identity;

namespace TescForce.Web.Security;

/// <summary>The password messages in the request's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : TescForceIdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = string.Format(CultureInfo.CurrentCulture, localizer["Auth_PasswordTooShort"], length),
    };

    public override IdentityError CommonPassword() => new() { Code = CommonPasswordCode, Description = localizer["Auth_CommonPassword"] };

    public override IdentityError PasswordIsEmail() => new() { Code = PasswordIsEmailCode, Description = localizer["Auth_PasswordIsEmail"] };
}
