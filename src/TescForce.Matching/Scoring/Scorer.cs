using TescForce.Matching.Indexing;
using TescForce.Matching.Queries;
using TescForce.Matching.Ranking;
using TescForce.Matching.Results;

namespace TescForce.Matching.Scoring;

/// <summary>The score of a consultant for a query, 0 to 100, criterion by criterion (weights in <see cref="ScoreWeights"/>).</summary>
internal static class Scorer
{
    /// <summary>Scores; fills <paramref name="criteria"/> when given. <paramref name="coverage"/> is the skill coverage, 0 to 1.</summary>
    public static double Score(PreparedQuery q, in ConsultantView v, ReadOnlySpan<float> credit, ReadOnlySpan<int> level,
        out double coverage, List<CriterionScore>? criteria)
    {
        var query = q.Query;

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

        var seniorityPoints = ScoreWeights.Seniority;
        if (query.Seniority is { } wanted)
        {
            var bands = Math.Abs((int)SeniorityBands.Of(v.Seniority) - (int)wanted);
            seniorityPoints = bands switch { 0 => ScoreWeights.Seniority, 1 => ScoreWeights.Seniority / 2, _ => 0 };
        }

        var daysLate = Math.Max(0, v.From - query.Start.DayNumber);
        var availabilityPoints = ScoreWeights.Availability * Math.Max(0, 1 - (daysLate / (double)(Math.Max(0, query.AvailabilityGraceDays) + 1)));

        var ratePoints = ScoreWeights.Rate;
        if (query.MaxDailyRateEur is { } max && max > 0)
        {
            var share = v.Rate / (double)max;
            ratePoints = share <= ScoreWeights.RateSweetSpot ? ScoreWeights.Rate
                : share <= 1 ? ScoreWeights.Rate * (1 - (0.5 * (share - ScoreWeights.RateSweetSpot) / (1 - ScoreWeights.RateSweetSpot)))
                : 0;
        }

        double languagePoints = ScoreWeights.LanguageMargin, languageMargin = 0;
        if (q.LanguageIndex.Length > 0)
        {
            double sum = 0;
            for (var i = 0; i < q.LanguageIndex.Length; i++)
            {
                var has = q.LanguageLevel(v, i);
                var above = has == 0 ? 0 : Math.Max(0, has - q.LanguageMin[i]);
                languageMargin += above;
                sum += has == 0 ? 0 : 0.5 + (0.5 * Math.Min(2, above) / 2.0);
            }

            languagePoints = ScoreWeights.LanguageMargin * sum / q.LanguageIndex.Length;
            languageMargin /= q.LanguageIndex.Length;
        }

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
}
