namespace TescForce.Domain.Privacy;

/// <summary>The GDPR right a person exercises (articles 15, 16, 17 and 21).</summary>
public enum PersonalDataRequestKind
{
    /// <summary>A copy of the data held (answered with the JSON export).</summary>
    Access,
    Rectification,
    Erasure,
    Objection,
}
