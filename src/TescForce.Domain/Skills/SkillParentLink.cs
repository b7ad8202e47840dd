namespace TescForce.Domain.Skills;

/// <summary>An edge of the taxonomy (a DAG): <see cref="ChildId"/> is narrower than <see cref="ParentId"/>.</summary>
public sealed class SkillParentLink
{
    public int ChildId { get; set; }

    public int ParentId { get; set; }

    public SkillOrigin Origin { get; set; }

    /// <summary>A curator detached an imported link; the import must not attach it again.</summary>
    public bool Detached { get; set; }
}
