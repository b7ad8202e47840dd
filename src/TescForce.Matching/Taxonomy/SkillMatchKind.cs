namespace TescForce.Matching.Taxonomy;

/// <summary>
/// How a consultant's skill meets a required one, from the strongest to the weakest. The order is the
/// order of credit (see <see cref="SkillCredit"/>).
/// </summary>
public enum SkillMatchKind
{
    /// <summary>The consultant has the required skill itself.</summary>
    Exact,

    /// <summary>The consultant has a more specific skill (required "deep learning", has "PyTorch").</summary>
    Narrower,

    /// <summary>The consultant has a more general skill (required "PyTorch", has "deep learning").</summary>
    Broader,

    /// <summary>The consultant has a skill under the same parent (required "Java", has "Kotlin").</summary>
    Sibling,

    /// <summary>ESCO lists the consultant's skill as related to the required one.</summary>
    Related,

    /// <summary>Nothing in the profile meets the requirement.</summary>
    Missing,
}
