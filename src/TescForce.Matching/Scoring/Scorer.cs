using TescForce.Matching.Indexing;
using TescForce.Matching.Queries;
using TescForce.Matching.Ranking;
using TescForce.Matching.Results;

namespace TescForce.Matching.Scoring;

/// <summary>The score of a consultant for a query, 0 to 100, criterion by criterion (weights in <see cref="ScoreWeights"/>).</summary>
internal static class Scorer
{
    /// <summary>
    /// The most the consultant can score whatever their skills: full skill and level points plus the
    /// other criteria, which need no skill matching. The ranking skips whoever cannot reach the list.
    /// </summary>
    public static double UpperBound(PreparedQuery q, in ConsultantView v) =>
        ScoreWeights.SkillCoverage + ScoreWeights.LevelMargin + SeniorityPoints(q, v) + AvailabilityPoints(q, v, out _) + RatePoints(q, v)
        + LanguagePoints(q, v, out _);

    /// <summary>Scores; fills <paramref name="criteria"/> when given. <paramref name="coverage"/> is the skill coverage, 0 to 1.</summary>
    public static double Score(PreparedQuery q, in ConsultantView v, ReadOnlySpan<float> credit, ReadOnlySpan<int> level,
        out double coverage, List<CriterionScore>? criteria)
    {
        // Skills: importance-weighted credit, and the levels above the minimum of the skills met.
        double covered = 0, margin = 0, marginSum = 0;
        var matched = 0;
        for (var r = 0; r < q.Count; r++)
        {
            covered += q.Weight[r] * credit[r];
            if (credit[r] > 0)
            {
                var above = Math.Max(0, level[r] - q.Required[r].MinLevel);
                margin += q.Weight[r] * Math.Min(1.0, above / 2.0);
                marginSum += above;
                matched++;
            }
        }

        coverage = q.TotalWeight > 0 ? covered / q.TotalWeight : 1.0;
        var coveragePoints = ScoreWeights.SkillCoverage * coverage;
        var levelPoints = q.TotalWeight > 0 ? ScoreWeights.LevelMargin * margin / q.TotalWeight : ScoreWeights.LevelMargin;
        var seniorityPoints = SeniorityPoints(q, v);
        var availabilityPoints = AvailabilityPoints(q, v, out var daysLate);
        var ratePoints = RatePoints(q, v);
        var languagePoints = LanguagePoints(q, v, out var languageMargin);

        if (criteria is not null)
        {
            criteria.Add(new CriterionScore(Criterion.SkillCoverage, Math.Round(coverage, 3), Math.Round(coveragePoints, 2), ScoreWeights.SkillCoverage));
            criteria.Add(new CriterionScore(Criterion.LevelMargin, matched == 0 ? 0 : Math.Round(marginSum / matched, 2), Math.Round(levelPoints, 2), ScoreWeights.LevelMargin));
            criteria.Add(new CriterionScore(Criterion.Seniority, v.Seniority, Math.Round(seniorityPoints, 2), ScoreWeights.Seniority));
            criteria.Add(new CriterionScore(Criterion.Availability, daysLate, Math.Round(availabilityPoints, 2), ScoreWeights.Availability));
            criteria.Add(new CriterionScore(Criterion.Rate, v.Rate, Math.Round(ratePoints, 2), ScoreWeights.Rate));
            criteria.Add(new CriterionScore(Criterion.LanguageMargin, Math.Round(languageMargin, 2), Math.Round(languagePoints, 2), ScoreWeights.LanguageMargin));
        }

        return coveragePoints + levelPoints + seniorityPoints + availabilityPoints + ratePoints + languagePoints;
    }

    /// <summary>Full points in the band asked for, half one band away, none further (full when no band is asked for).</summary>
    private static double SeniorityPoints(PreparedQuery q, in ConsultantView v)
    {
        if (q.Query.Seniority is not { } wanted)
        {
            return ScoreWeights.Seniority;
        }

        return Math.Abs((int)SeniorityBands.Of(v.Seniority) - (int)wanted) switch
        {
            0 => ScoreWeights.Seniority,
            1 => ScoreWeights.Seniority / 2,
            _ => 0,
        };
    }

    /// <summary>Full points when available by the start, down to none at the end of the mission's grace period.</summary>
    private static double AvailabilityPoints(PreparedQuery q, in ConsultantView v, out int daysLate)
    {
        daysLate = Math.Max(0, v.From - q.Query.Start.DayNumber);
        return ScoreWeights.Availability * Math.Max(0, 1 - (daysLate / (double)(Math.Max(0, q.Query.AvailabilityGraceDays) + 1)));
    }

    /// <summary>Full points up to the sweet spot of the maximum rate, half at the maximum, none above.</summary>
    private static double RatePoints(PreparedQuery q, in ConsultantView v)
    {
        if (q.Query.MaxDailyRateEur is not { } max || max <= 0)
        {
            return ScoreWeights.Rate;
        }

        var share = v.Rate / (double)max;
        return share <= ScoreWeights.RateSweetSpot ? ScoreWeights.Rate
            : share <= 1 ? ScoreWeights.Rate * (1 - (0.5 * (share - ScoreWeights.RateSweetSpot) / (1 - ScoreWeights.RateSweetSpot)))
            : 0;
    }

    /// <summary>Half the points at each required level, full two levels above, averaged over the languages (full when none).</summary>
    private static double LanguagePoints(PreparedQuery q, in ConsultantView v, out double averageMargin)
    {
        averageMargin = 0;
        if (q.LanguageIndex.Length == 0)
        {
            return ScoreWeights.LanguageMargin;
        }

        double sum = 0;
        for (var i = 0; i < q.LanguageIndex.Length; i++)
        {
            var has = q.LanguageLevel(v.Languages, i);
            var above = has == 0 ? 0 : Math.Max(0, has - q.LanguageMin[i]);
            averageMargin += above;
            sum += has == 0 ? 0 : 0.5 + (0.5 * Math.Min(2, above) / 2.0);
        }

        averageMargin /= q.LanguageIndex.Length;
        return ScoreWeights.LanguageMargin * sum / q.LanguageIndex.Length;
    }
}
