namespace TescForce.Matching.Taxonomy;

/// <summary>
/// The credit a required skill earns, in one place. A consultant's skill meets a requirement with the
/// credit of its <see cref="SkillMatchKind"/> (adjusted for distance in the taxonomy), multiplied by the
/// level factor when the consultant's level is below the required minimum.
/// </summary>
/// <remarks>
/// Why these values (each is pinned by a test in <c>SkillCreditTests</c>):
/// <list type="bullet">
/// <item>Exact, 1.0: the skill itself.</item>
/// <item>Narrower, 0.85 for a direct child, 10 % less per further level, three levels at most: whoever
/// practises PyTorch practises deep learning, but a client asking for the general skill may need more of
/// its breadth. Even three levels down (0.69) it beats a direct parent.</item>
/// <item>Broader, 0.60 for a direct parent, 0.50 for a grandparent: the general skill suggests, but does
/// not prove, the specific one.</item>
/// <item>Sibling, 0.40: a skill under the same (non-grouping) parent transfers partly (Java to Kotlin).</item>
/// <item>Related, 0.30: ESCO's "related skill" links are the loosest evidence.</item>
/// <item>Level: 15 % less per level below the minimum (needs 4, has 2: 0.70 of the credit). A person at
/// or above the minimum gets the full credit; the margin above it is rewarded by its own criterion.</item>
/// </list>
/// Exact and Narrower count as meeting a must-have skill "through the taxonomy" (whoever practises
/// PyTorch practises deep learning); a more general, sibling or related skill earns points but does not
/// prove the must-have (knowing deep learning does not prove PyTorch).
/// </remarks>
public static class SkillCredit
{
    public const double Exact = 1.0;
    public const double Narrower = 0.85;
    public const double NarrowerDecayPerLevel = 0.9;
    public const int NarrowerMaxDistance = 3;
    public const double Broader = 0.60;
    public const double BroaderGrandparent = 0.50;
    public const int BroaderMaxDistance = 2;
    public const double Sibling = 0.40;
    public const double Related = 0.30;
    public const double PenaltyPerMissingLevel = 0.15;

    /// <summary>Parents with more children than this are catalogue sections, too broad to make siblings.</summary>
    public const int MaxSiblingFamily = 60;

    public static double Of(SkillMatchKind kind, int distance) => kind switch
    {
        SkillMatchKind.Exact => Exact,
        SkillMatchKind.Narrower => Narrower * Math.Pow(NarrowerDecayPerLevel, Math.Max(0, distance - 1)),
        SkillMatchKind.Broader => distance <= 1 ? Broader : BroaderGrandparent,
        SkillMatchKind.Sibling => Sibling,
        SkillMatchKind.Related => Related,
        _ => 0,
    };

    /// <summary>The share of the credit kept at <paramref name="level"/> when <paramref name="minLevel"/> is required.</summary>
    public static double LevelFactor(int level, int minLevel) =>
        level >= minLevel ? 1.0 : Math.Max(0, 1.0 - (PenaltyPerMissingLevel * (minLevel - level)));

    /// <summary>Whether a match of this kind satisfies a must-have requirement.</summary>
    public static bool SatisfiesMustHave(SkillMatchKind kind) => kind <= SkillMatchKind.Narrower;
}
