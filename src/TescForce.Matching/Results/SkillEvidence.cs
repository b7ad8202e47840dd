using TescForce.Matching.Queries;
using TescForce.Matching.Taxonomy;

namespace TescForce.Matching.Results;

/// <summary>How one required skill is met by a consultant.</summary>
/// <param name="ViaSkillId">The consultant's skill that meets it (itself when exact), null when missing.</param>
/// <param name="Level">The consultant's level in <paramref name="ViaSkillId"/>.</param>
/// <param name="Credit">0 to 1, after the level factor.</param>
public sealed record SkillEvidence(
    int RequiredSkillId,
    SkillImportance Importance,
    int MinLevel,
    SkillMatchKind Kind,
    int? ViaSkillId,
    int? Level,
    int? Years,
    double Credit);
