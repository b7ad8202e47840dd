namespace TescForce.Application.Privacy;

/// <summary>The e-mails a requester receives: the acknowledgement, then one answer.</summary>
public enum PersonalDataEmailKind
{
    Received,
    Completed,
    Refused,
}
