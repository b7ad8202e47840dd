using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Email;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Companies;

namespace TescForce.Application.Companies;

/// <summary>
/// How a member of any organisation — a member company or a client — invites a colleague: the same checks,
/// token, e-mail and list for both, so the two sides cannot drift apart. The caller has checked the actor.
/// </summary>
internal static class ColleagueInvitations
{
    /// <param name="attach">Names the organisation the colleague joins (sets exactly one of CompanyId and ClientId).</param>
    public static async Task<CreatedInvitation> CreateAsync(IAppDb db, IEmailSender email, DateTime now, ActingUser actor,
        string colleagueEmail, string organisationName, Action<CompanyInvitation> attach, Uri siteBase, CancellationToken cancellationToken)
    {
        var address = (colleagueEmail ?? "").Trim();
        if (!new EmailAddressAttribute().IsValid(address) || address.Length is 0 or > 256)
        {
            throw new ValidationFailedException("Email", Messages.Shared_EMailAddressNot);
        }

        var token = InvitationTokens.NewToken();
        var invitation = new CompanyInvitation
        {
            Email = address, TokenHash = InvitationTokens.Hash(token), InvitedByUserId = actor.UserId, CreatedAt = now,
            ExpiresAt = now + CompanyInvitation.Lifetime,
        };
        attach(invitation);
        db.CompanyInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var link = await SendAsync(email, address, organisationName, token, invitation.ExpiresAt, siteBase, cancellationToken);
        return new CreatedInvitation(invitation.Id, address, invitation.ExpiresAt, link);
    }

    /// <summary>Gives an invitation a new token and a new lifetime, and sends it again; the old link stops working.</summary>
    public static async Task<CreatedInvitation> RenewAsync(IAppDb db, IEmailSender email, DateTime now, CompanyInvitation invitation,
        string organisationName, Uri siteBase, CancellationToken cancellationToken)
    {
        var token = InvitationTokens.NewToken();
        invitation.TokenHash = InvitationTokens.Hash(token);
        invitation.ExpiresAt = now + CompanyInvitation.Lifetime;
        await db.SaveChangesAsync(cancellationToken);
        var link = await SendAsync(email, invitation.Email, organisationName, token, invitation.ExpiresAt, siteBase, cancellationToken);
        return new CreatedInvitation(invitation.Id, invitation.Email, invitation.ExpiresAt, link);
    }

    private static async Task<string> SendAsync(IEmailSender email, string address, string organisationName, string token, DateTime expiresAt,
        Uri siteBase, CancellationToken cancellationToken)
    {
        var link = new Uri(siteBase, $"Account/AcceptInvitation?token={Uri.EscapeDataString(token)}").ToString();
        // One e-mail in both languages: the colleague has no account yet, so no language of their own, and the
        // inviting member's language is only a guess about theirs.
        var english = CultureInfo.GetCultureInfo("en-GB");
        var french = CultureInfo.GetCultureInfo("fr-FR");
        string In(CultureInfo culture, string key) =>
            string.Format(culture, Messages.GetString(key, culture), organisationName, expiresAt, link);
        await email.SendAsync(new EmailMessage(address,
            In(english, nameof(Messages.Emails_InvitationSubject)) + " / " + In(french, nameof(Messages.Emails_InvitationSubject)),
            In(english, nameof(Messages.Emails_InvitationBody)) + "\n\n" + In(french, nameof(Messages.Emails_InvitationBody))), cancellationToken);
        return link;
    }

    /// <summary>The latest invitations of one organisation, newest first.</summary>
    public static Task<List<CompanyInvitationSummary>> ListAsync(IQueryable<CompanyInvitation> ofOrganisation, CancellationToken cancellationToken) =>
        ofOrganisation.AsNoTracking()
            .OrderByDescending(i => i.CreatedAt)
            .Take(100)
            .Select(i => new CompanyInvitationSummary(i.Id, i.Email, i.CreatedAt, i.ExpiresAt, i.AcceptedAt))
            .ToListAsync(cancellationToken);
}
