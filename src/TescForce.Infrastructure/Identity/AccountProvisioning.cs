using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Clients;
using TescForce.Application.Common;
using TescForce.Application.Companies;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Identity;
using TescForce.Infrastructure.Data;

namespace TescForce.Infrastructure.Identity;

/// <summary>
/// Creates a company with its first user, or an invited colleague, in one transaction: the
/// UserManager's store works on the same scoped context, so a refused password leaves no company behind.
/// </summary>
internal sealed class AccountProvisioning(
    TescForceDbContext db,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock) : IAccountProvisioning
{
    private const string RegistrationActor = Domain.Audit.AuditEntry.SystemPrefix + "registration";

    public async Task<string> RegisterCompanyAsync(CompanyRegistration registration, CancellationToken cancellationToken = default)
    {
        var errors = InputValidation.Collect(registration);
        Siren siren = default;
        if (!errors.ContainsKey(nameof(registration.Siren)) && !Siren.TryParse(registration.Siren, out siren, out var sirenError))
        {
            InputValidation.Add(errors, nameof(registration.Siren), sirenError!);
        }
        else if (!errors.ContainsKey(nameof(registration.Siren))
                 && await db.MemberCompanies.AnyAsync(c => c.Siren == siren.Value, cancellationToken))
        {
            InputValidation.Add(errors, nameof(registration.Siren), "A company with this SIREN number is already registered.");
        }

        await CheckEmailAndPasswordAsync(registration.Email, registration.Password, errors);
        InputValidation.ThrowIfAny(errors);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var company = new MemberCompany
        {
            Name = registration.Name.Trim(), Siren = siren.Value, City = registration.City.Trim(),
            Website = string.IsNullOrWhiteSpace(registration.Website) ? null : registration.Website.Trim(),
            Description = string.IsNullOrWhiteSpace(registration.Description) ? null : registration.Description.Trim(),
            CreatedAt = now.UtcDateTime,
        };
        db.MemberCompanies.Add(company);
        // The registering person has no account yet: the log names the registration and the address it came from.
        db.Audit.Stamp(RegistrationActor, registration.Email.Trim());
        await db.SaveChangesAsync(cancellationToken);

        var user = await CreateUserAsync(registration.Email, registration.ContactName, registration.Password, company.Id, now);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    public async Task<string> RegisterClientAsync(ClientRegistration registration, CancellationToken cancellationToken = default)
    {
        var errors = InputValidation.Collect(registration);
        if (!errors.ContainsKey(nameof(registration.TimeZone)) && !TimeZoneInfo.TryFindSystemTimeZoneById(registration.TimeZone, out _))
        {
            InputValidation.Add(errors, nameof(registration.TimeZone), "Choose a time zone from the list (IANA name, e.g. America/Montreal).");
        }

        await CheckEmailAndPasswordAsync(registration.Email, registration.Password, errors);
        InputValidation.ThrowIfAny(errors);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var client = new ClientOrganisation
        {
            Name = registration.Name.Trim(), CountryCode = registration.CountryCode.Trim().ToUpperInvariant(), TimeZone = registration.TimeZone,
            Website = string.IsNullOrWhiteSpace(registration.Website) ? null : registration.Website.Trim(),
            ReferredBy = string.IsNullOrWhiteSpace(registration.ReferredBy) ? null : registration.ReferredBy.Trim(),
            CreatedAt = now.UtcDateTime,
        };
        db.ClientOrganisations.Add(client);
        db.Audit.Stamp(RegistrationActor, registration.Email.Trim());
        await db.SaveChangesAsync(cancellationToken);

        var user = await CreateUserAsync(registration.Email, registration.ContactName, registration.Password, now, Roles.ClientMember,
            u => u.ClientOrganisationId = client.Id);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    public async Task<string> AcceptInvitationAsync(InvitationAcceptance acceptance, CancellationToken cancellationToken = default)
    {
        var errors = InputValidation.Collect(acceptance);
        var now = clock.GetUtcNow();
        var hash = InvitationTokens.Hash(acceptance.Token);
        var invitation = await db.CompanyInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || !invitation.IsUsable(now.UtcDateTime))
        {
            throw new ValidationFailedException(nameof(acceptance.Token),
                "This invitation link is not valid any more: it has expired or was already used. Ask your colleague for a new one.");
        }

        await CheckEmailAndPasswordAsync(invitation.Email, acceptance.Password, errors);
        InputValidation.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        invitation.AcceptedAt = now.UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        // The invitation names one organisation: a member company's colleague joins it as a company member, a client's as a client member.
        var user = invitation.ClientId is { } clientId
            ? await CreateUserAsync(invitation.Email, acceptance.DisplayName, acceptance.Password, now, Roles.ClientMember,
                u => u.ClientOrganisationId = clientId)
            : await CreateUserAsync(invitation.Email, acceptance.DisplayName, acceptance.Password, invitation.CompanyId!.Value, now);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    private async Task CheckEmailAndPasswordAsync(string email, string password, Dictionary<string, List<string>> errors)
    {
        if (!string.IsNullOrWhiteSpace(email) && await userManager.FindByEmailAsync(email.Trim()) is not null)
        {
            InputValidation.Add(errors, "Email", "An account already exists with this e-mail address. Log in instead.");
        }

        if (!string.IsNullOrEmpty(password))
        {
            foreach (var validator in userManager.PasswordValidators)
            {
                // The user to be: a validator may compare the password with the e-mail address.
                var result = await validator.ValidateAsync(userManager, new ApplicationUser { UserName = email, Email = email }, password);
                foreach (var error in result.Errors)
                {
                    InputValidation.Add(errors, "Password", error.Description);
                }
            }
        }
    }

    private Task<ApplicationUser> CreateUserAsync(string email, string displayName, string password, Guid companyId, DateTimeOffset now) =>
        CreateUserAsync(email, displayName, password, now, Roles.CompanyMember, user => user.MemberCompanyId = companyId);

    private async Task<ApplicationUser> CreateUserAsync(string email, string displayName, string password, DateTimeOffset now, string role,
        Action<ApplicationUser> attach)
    {
        var user = new ApplicationUser
        {
            UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), CreatedAt = now,
            // The language the person registers in, until they choose another: their e-mails are written in it.
            PreferredCulture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en",
            // The address is proved by the invitation link, or checked by the curator who approves the organisation.
            EmailConfirmed = true,
        };
        attach(user);
        Ensure(await userManager.CreateAsync(user, password));
        Ensure(await userManager.AddToRoleAsync(user, role));
        return user;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["Email"] = result.Errors.Select(e => e.Description).ToArray(),
            });
        }
    }
}
