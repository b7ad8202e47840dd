using Microsoft.AspNetCore.Identity;
using TescForce.Domain.Resources;

namespace TescForce.Infrastructure.Identity;

/// <summary>
/// Identity's errors, and TescForce's own password rules, in the current UI culture: registration and the account
/// pages show their descriptions to users. The codes stay Identity's; only the texts come from <see cref="Messages"/>.
/// </summary>
public class TescForceIdentityErrorDescriber : IdentityErrorDescriber
{
    public const string CommonPasswordCode = "CommonPassword";
    public const string PasswordIsEmailCode = "PasswordIsEmail";

    public virtual IdentityError CommonPassword() => Error(CommonPasswordCode, Messages.Identity_CommonPassword);

    public virtual IdentityError PasswordIsEmail() => Error(PasswordIsEmailCode, Messages.Identity_PasswordIsEmail);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), Messages.Identity_DefaultError);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), Messages.Common_SomeoneElseChangedRecord);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), Messages.Identity_PasswordMismatch);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), Messages.Identity_InvalidToken);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), Messages.Shared_EMailAddressNot);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), Messages.Shared_EMailAddressNot);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), Messages.Identity_DuplicateEmail);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), Messages.Identity_DuplicateEmail);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), Messages.Format(Messages.Identity_PasswordTooShort, length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), Messages.Format(Messages.Identity_PasswordRequiresUniqueChars, uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), Messages.Identity_PasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), Messages.Identity_PasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), Messages.Identity_PasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), Messages.Identity_PasswordRequiresUpper);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), Messages.Identity_UserAlreadyHasPassword);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), Messages.Identity_DefaultError);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), Messages.Identity_RecoveryCodeRedemptionFailed);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
