namespace TescForce.Matching.Ranking;

/// <summary>
/// The score below which a candidate can no longer matter: the worst of the best <c>keep</c> scores seen
/// so far, less the fairness margin (someone within the margin of the first places may be moved up).
/// It only rises, so a candidate skipped for being below it stays below the final one.
/// </summary>
internal sealed class Threshold(int keep, double margin)
{
    private readonly PriorityQueue<double, double>? _best = keep is > 0 and < int.MaxValue ? new PriorityQueue<double, double>(keep + 1) : null;

    public double Floor { get; private set; } = double.NegativeInfinity;

    public void Add(double score)
    {
        if (_best is null)
        {
            return;
        }

        if (_best.Count < keep)
        {
            _best.Enqueue(score, score);
        }
        else if (score > _best.Peek())
        {
            _best.EnqueueDequeue(score, score);
        }
        else
        {
            return;
        }

        if (_best.Count == keep)
        {
            Floor = _best.Peek() - margin;
        }
    }
}
