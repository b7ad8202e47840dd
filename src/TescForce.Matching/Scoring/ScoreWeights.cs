namespace TescForce.Matching.Scoring;

/// <summary>
/// The points of each criterion; they add up to 100. Skills weigh most because they are what the
/// client asks for; the other criteria order people who can all do the job.
/// </summary>
public static class ScoreWeights
{
    public const double SkillCoverage = 55;
    public const double LevelMargin = 10;
    public const double Seniority = 10;
    public const double Availability = 10;
    public const double Rate = 10;
    public const double LanguageMargin = 5;

    /// <summary>Weight of each importance in the skill coverage: a must-have counts three times a nice-to-have.</summary>
    public const double MustHaveWeight = 3;
    public const double ImportantWeight = 2;
    public const double NiceToHaveWeight = 1;

    /// <summary>Below this share of the maximum rate, a lower rate earns nothing more.</summary>
    public const double RateSweetSpot = 0.8;
}
