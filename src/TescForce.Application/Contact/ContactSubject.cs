namespace TescForce.Application.Contact;

/// <summary>What a visitor writes to the curators about: the short list of the contact form.</summary>
public enum ContactSubject
{
    Mission,
    MemberCompany,
    Account,
    PersonalData,
    Other,
}
