namespace TescForce.Matching.Queries;

/// <param name="MinLevel">1 to 5; below it the credit is reduced (see <see cref="Taxonomy.SkillCredit.LevelFactor"/>).</param>
public readonly record struct RequiredSkill(int SkillId, SkillImportance Importance, int MinLevel = 1);

/// <param name="MinLevel">CEFR as a number: 1 = A1 … 6 = C2.</param>
public readonly record struct RequiredLanguage(string Code, int MinLevel);
