namespace TescForce.Matching.Results;

/// <summary>The criteria of the score; their maximum points are in <see cref="Scoring.ScoreWeights"/>.</summary>
public enum Criterion
{
    /// <summary>Importance-weighted credit of the required skills. Value: coverage, 0 to 1.</summary>
    SkillCoverage,

    /// <summary>Levels above the required minimums. Value: average margin in levels.</summary>
    LevelMargin,

    /// <summary>Experience against the band wanted. Value: the consultant's years.</summary>
    Seniority,

    /// <summary>How soon the person is available. Value: days after the start (0 when available by then).</summary>
    Availability,

    /// <summary>Daily rate against the maximum. Value: the rate in euros.</summary>
    Rate,

    /// <summary>CEFR levels above the required ones. Value: average margin in levels.</summary>
    LanguageMargin,
}

/// <param name="Value">The measured value, whose meaning depends on the criterion (see <see cref="Criterion"/>).</param>
public sealed record CriterionScore(Criterion Criterion, double Value, double Points, double MaxPoints);
