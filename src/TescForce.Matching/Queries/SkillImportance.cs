namespace TescForce.Matching.Queries;

public enum SkillImportance
{
    /// <summary>A hard constraint: met directly or through the taxonomy, or the person is not in the list.</summary>
    MustHave,
    Important,
    NiceToHave,
}
