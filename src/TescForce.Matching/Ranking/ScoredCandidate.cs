namespace TescForce.Matching.Ranking;

/// <summary>A consultant who passed the constraints, with what the order needs.</summary>
/// <param name="Location">Main slot (≥ 0) or delta position (<c>~position</c>), see <see cref="Indexing.IndexSnapshot.Locate"/>.</param>
internal readonly record struct ScoredCandidate(double Score, double Coverage, int From, int Rate, Guid Id, int Company, int Location)
{
    /// <summary>
    /// The order of the list, total and deterministic: score, then skill coverage, then the sooner
    /// available, then the lower rate, then the id (random, so no company is favoured).
    /// </summary>
    public static int Compare(in ScoredCandidate a, in ScoredCandidate b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c != 0)
        {
            return c;
        }

        c = b.Coverage.CompareTo(a.Coverage);
        if (c != 0)
        {
            return c;
        }

        c = a.From.CompareTo(b.From);
        if (c != 0)
        {
            return c;
        }

        c = a.Rate.CompareTo(b.Rate);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }
}

/// <summary>Orders the best first.</summary>
internal sealed class BestFirst : IComparer<ScoredCandidate>
{
    public static BestFirst Instance { get; } = new();

    public int Compare(ScoredCandidate x, ScoredCandidate y) => ScoredCandidate.Compare(x, y);
}

/// <summary>Orders the worst first: the root of a heap that keeps the best is the one to drop.</summary>
internal sealed class WorstFirst : IComparer<ScoredCandidate>
{
    public static WorstFirst Instance { get; } = new();

    public int Compare(ScoredCandidate x, ScoredCandidate y) => ScoredCandidate.Compare(y, x);
}
