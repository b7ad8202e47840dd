namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// A kind of consultant the demo data is made of: an ESCO occupation and the skills people of that
/// occupation typically list, so that generated profiles hang together (a pentester does not list VHDL).
/// </summary>
/// <param name="Key">Stable identifier, used by the company catalogue to name a company's specialities.</param>
/// <param name="Titles">Job titles for the headline ("embedded software engineer"); one is drawn per person.</param>
/// <param name="OccupationUri">The ESCO occupation (esco_tech_occupations.csv) this archetype stands for.</param>
/// <param name="Weight">Relative frequency in the region's pool (aerospace-heavy Toulouse).</param>
/// <param name="BaseDailyRate">Daily rate in EUR of a newcomer; seniority adds to it.</param>
/// <param name="Domain">How the summary names the field ("embedded and real-time software").</param>
/// <param name="CoreSkills">Skill codes nearly everyone of the archetype has.</param>
/// <param name="CommonSkills">Skill codes many of them have; drawn to fill the profile.</param>
/// <param name="Highlights">Skills that make a good headline suffix, with the short text to show.</param>
/// <param name="Sectors">Sector codes this archetype works in most, most frequent first.</param>
/// <param name="Certifications">Certifications people of this archetype sometimes hold.</param>
internal sealed record Archetype(
    string Key,
    IReadOnlyList<string> Titles,
    string OccupationUri,
    int Weight,
    int BaseDailyRate,
    string Domain,
    IReadOnlyList<string> CoreSkills,
    IReadOnlyList<string> CommonSkills,
    IReadOnlyList<Highlight> Highlights,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Certifications)
{
    public IEnumerable<string> AllSkillCodes => CoreSkills.Concat(CommonSkills).Concat(Highlights.Select(h => h.Code));
}
