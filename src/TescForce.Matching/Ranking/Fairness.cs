namespace TescForce.Matching.Ranking;

/// <summary>
/// The fairness rule between member companies: in the first places, no company holds more than its cap
/// while another company has a candidate within a small margin of the one who would take the place.
/// A clearly better candidate (more than the margin ahead) is never passed over.
/// </summary>
internal static class Fairness
{
    /// <summary>Reorders <paramref name="sorted"/> (best first); returns the new order as indices into it.</summary>
    public static int[] Apply(IReadOnlyList<ScoredCandidate> sorted, MatchingOptions options, out HashSet<int> promoted, out HashSet<int> passedOver)
    {
        promoted = [];
        passedOver = [];
        var order = new List<int>(sorted.Count);
        var taken = new bool[sorted.Count];
        var places = new Dictionary<int, int>();
        var top = Math.Min(options.FairnessTopN, sorted.Count);
        var next = 0;
        for (var position = 0; position < top; position++)
        {
            while (taken[next])
            {
                next++;
            }

            var choice = next;
            var best = sorted[next];
            if (places.GetValueOrDefault(best.Company) >= options.FairnessMaxPerCompany)
            {
                for (var i = next + 1; i < sorted.Count && sorted[i].Score >= best.Score - options.FairnessScoreMargin; i++)
                {
                    if (!taken[i] && places.GetValueOrDefault(sorted[i].Company) < options.FairnessMaxPerCompany)
                    {
                        choice = i;
                        promoted.Add(i);
                        passedOver.Add(next);
                        break;
                    }
                }
            }

            taken[choice] = true;
            order.Add(choice);
            places[sorted[choice].Company] = places.GetValueOrDefault(sorted[choice].Company) + 1;
        }

        for (var i = 0; i < sorted.Count; i++)
        {
            if (!taken[i])
            {
                order.Add(i);
            }
        }

        return [.. order];
    }
}
