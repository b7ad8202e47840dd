using TescForce.Domain.ApiKeys;
using TescForce.Domain.Audit;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Introductions;
using TescForce.Domain.Missions;
using TescForce.Domain.Privacy;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.Data;

/// <summary>
/// What the audit log follows: the objects of the product brief, and the child rows recorded on their
/// parent (a consultant's skills are part of the consultant's change, not objects of their own).
/// </summary>
internal static class AuditedTypes
{
    /// <summary>An audited object: its type name and the property holding its id.</summary>
    public sealed record Root(string ObjectType, string KeyProperty);

    /// <summary>A child row: the parent's type, the property pointing to it, and the name of the collection on the parent.</summary>
    public sealed record Child(string ObjectType, string ParentKeyProperty, string Collection);

    public static readonly IReadOnlyDictionary<Type, Root> Roots = new Dictionary<Type, Root>
    {
        [typeof(MemberCompany)] = new(AuditObjectTypes.Company, nameof(MemberCompany.Id)),
        [typeof(ClientOrganisation)] = new(AuditObjectTypes.Client, nameof(ClientOrganisation.Id)),
        [typeof(Consultant)] = new(AuditObjectTypes.Consultant, nameof(Consultant.Id)),
        [typeof(Mission)] = new(AuditObjectTypes.Mission, nameof(Mission.Id)),
        [typeof(SkillTag)] = new(AuditObjectTypes.Skill, nameof(SkillTag.Id)),
        [typeof(Introduction)] = new(AuditObjectTypes.Introduction, nameof(Introduction.Id)),
        [typeof(ApiKey)] = new(AuditObjectTypes.ApiKey, nameof(ApiKey.Id)),
        [typeof(PersonalDataRequest)] = new(AuditObjectTypes.PersonalDataRequest, nameof(PersonalDataRequest.Id)),
    };

    public static readonly IReadOnlyDictionary<Type, Child> Children = new Dictionary<Type, Child>
    {
        [typeof(ConsultantSkill)] = new(AuditObjectTypes.Consultant, nameof(ConsultantSkill.ConsultantId), nameof(Consultant.Skills)),
        [typeof(ConsultantLanguage)] = new(AuditObjectTypes.Consultant, nameof(ConsultantLanguage.ConsultantId), nameof(Consultant.Languages)),
        [typeof(MissionSkill)] = new(AuditObjectTypes.Mission, nameof(MissionSkill.MissionId), nameof(Mission.Skills)),
        [typeof(MissionLanguage)] = new(AuditObjectTypes.Mission, nameof(MissionLanguage.MissionId), nameof(Mission.Languages)),
        [typeof(SkillAltLabel)] = new(AuditObjectTypes.Skill, nameof(SkillAltLabel.SkillTagId), nameof(SkillTag.AltLabels)),
        [typeof(SkillParentLink)] = new(AuditObjectTypes.Skill, nameof(SkillParentLink.ChildId), nameof(SkillTag.Parents)),
        [typeof(SkillRelation)] = new(AuditObjectTypes.Skill, nameof(SkillRelation.SkillId), "Related"),
    };

    /// <summary>Bookkeeping that changes with every save and says nothing about what a person did.</summary>
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
    {
        "Version", "UpdatedAt", "CreatedAt", "Id",
    };

    /// <summary>
    /// The consultant's private identity: the log says it changed, never what it was or became, so the
    /// log keeps no personal data after a profile is erased (and opening it is logged on its own).
    /// </summary>
    public static readonly IReadOnlySet<(Type, string)> Redacted = new HashSet<(Type, string)>
    {
        (typeof(Consultant), nameof(Consultant.FullName)),
        (typeof(Consultant), nameof(Consultant.Email)),
        (typeof(ApiKey), nameof(ApiKey.SecretHash)),
        (typeof(PersonalDataRequest), nameof(PersonalDataRequest.RequesterName)),
        (typeof(PersonalDataRequest), nameof(PersonalDataRequest.RequesterEmail)),
        (typeof(PersonalDataRequest), nameof(PersonalDataRequest.Message)),
    };

    public const string RedactedValue = "•••";

    /// <summary>Longer texts (a mission's description) are cut: the log shows that and how they changed, not whole documents.</summary>
    public const int MaxTextLength = 300;

    /// <summary>Properties whose new value explains a status change.</summary>
    public static readonly IReadOnlyList<string> ReasonProperties = ["DecisionReason", "RejectionReason", "DeclineReason", "Resolution"];
}
