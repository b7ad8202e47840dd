namespace TescForce.Domain.Privacy;

public enum PersonalDataRequestStatus
{
    Received,
    Completed,
    Refused,
}
