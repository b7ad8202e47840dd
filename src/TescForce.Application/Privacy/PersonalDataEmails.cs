using TescForce.Application.Common.Email;
using TescForce.Application.Notifications;
using TescForce.Domain.Privacy;

namespace TescForce.Application.Privacy;

/// <summary>
/// The e-mails to the person who made a request, in the language of the form they filled in, from the Messages
/// resources (Emails_PersonalData{Kind}Subject and …Body).
/// Placeholders: {0} their name, {1} what they asked for, {2} the date of the answer at the latest, {3} the curator's answer.
/// </summary>
public static class PersonalDataEmails
{
    public static EmailMessage Compose(PersonalDataEmailKind kind, PersonalDataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var french = NotificationEmails.IsFrench(request.Culture);
        return NotificationEmails.Render(request.RequesterEmail, french, "Emails_PersonalData" + kind,
            [request.RequesterName, NotificationEmails.Text("Emails_PersonalDataKind" + request.Kind, french),
                request.DueAt.ToString("D", NotificationEmails.FormatOf(french)), request.Resolution ?? ""]);
    }
}
