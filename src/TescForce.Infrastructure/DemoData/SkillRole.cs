namespace TescForce.Infrastructure.DemoData;

/// <summary>Why a skill is on a generated profile, which sets how strong it tends to be.</summary>
internal enum SkillRole
{
    /// <summary>One of the archetype's core skills: the person's main trade.</summary>
    Core,

    /// <summary>One of the archetype's other usual skills.</summary>
    Common,

    /// <summary>Next to the archetype's skills in the taxonomy: picked up along the way.</summary>
    Neighbour,

    /// <summary>Git, Scrum and the like: everybody has some.</summary>
    Generic,
}
