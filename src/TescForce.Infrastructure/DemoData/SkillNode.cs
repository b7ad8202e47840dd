using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.DemoData;

/// <summary>The little of a skill tag the demo data needs.</summary>
internal sealed record SkillNode(int Id, string Code, SkillConceptType Type, SkillOrigin Origin, SkillStatus Status, string LabelEn)
{
    /// <summary>
    /// A noun-like concept ("Python", "avionics"), as opposed to an ESCO competence worded as a verb
    /// ("perform ICT security testing"), which reads badly in a summary and makes a noisy neighbour.
    /// </summary>
    public bool IsNamedConcept => Type == SkillConceptType.Knowledge || (Type == SkillConceptType.Skill && Origin != SkillOrigin.Esco);

    /// <summary>The label without ESCO's disambiguation: "Python (computer programming)" becomes "Python".</summary>
    public string ShortLabel
    {
        get
        {
            var open = LabelEn.LastIndexOf(" (", StringComparison.Ordinal);
            return open > 0 && LabelEn.EndsWith(')') && char.IsLower(LabelEn[open + 2]) ? LabelEn[..open] : LabelEn;
        }
    }
}
