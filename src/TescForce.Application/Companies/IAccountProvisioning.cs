namespace TescForce.Application.Companies;

/// <summary>Creates organisations together with their users, atomically (Identity lives in Infrastructure).</summary>
public interface IAccountProvisioning
{
    /// <summary>Creates the pending company and its first user (role CompanyMember); returns the user id.</summary>
    /// <exception cref="Common.ValidationFailedException">A field is invalid, the SIREN or the e-mail is taken, or the password is refused.</exception>
    Task<string> RegisterCompanyAsync(CompanyRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Creates the pending client organisation and its first user (role ClientMember); returns the user id.</summary>
    /// <exception cref="Common.ValidationFailedException">A field is invalid, the time zone unknown, the e-mail taken, or the password refused.</exception>
    Task<string> RegisterClientAsync(Clients.ClientRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Creates the invited colleague's account in the inviting company; returns the user id.</summary>
    Task<string> AcceptInvitationAsync(InvitationAcceptance acceptance, CancellationToken cancellationToken = default);
}
