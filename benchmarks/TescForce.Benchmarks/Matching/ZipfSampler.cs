namespace TescForce.Benchmarks.Matching;

/// <summary>
/// Draws values with a Zipf-like popularity: the value of rank r (0-based) has weight 1 / (r + 1)^s.
/// Immutable and thread-safe; the randomness comes from the caller's <see cref="Random"/>.
/// </summary>
public sealed class ZipfSampler
{
    private readonly int[] _valuesByRank;
    private readonly double[] _cumulative;

    /// <param name="valuesByRank">The values, the most popular first.</param>
    /// <param name="exponent">s: 0 is uniform, 1 is the classic Zipf law.</param>
    public ZipfSampler(IReadOnlyList<int> valuesByRank, double exponent)
    {
        ArgumentNullException.ThrowIfNull(valuesByRank);
        if (valuesByRank.Count == 0)
        {
            throw new ArgumentException("At least one value is needed.", nameof(valuesByRank));
        }

        _valuesByRank = [.. valuesByRank];
        _cumulative = new double[_valuesByRank.Length];
        var total = 0.0;
        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }

        Exponent = exponent;
    }

    public int Count => _valuesByRank.Length;

    public double Exponent { get; }

    /// <summary>The values, the most popular first.</summary>
    public ReadOnlySpan<int> ValuesByRank => _valuesByRank;

    /// <summary>The probability that one draw gives the value of <paramref name="rank"/>.</summary>
    public double Probability(int rank) =>
        (_cumulative[rank] - (rank == 0 ? 0 : _cumulative[rank - 1])) / _cumulative[^1];

    public int Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        // The first rank whose cumulative weight exceeds u.
        var u = random.NextDouble() * _cumulative[^1];
        int low = 0, high = _cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_cumulative[middle] <= u)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return _valuesByRank[low];
    }

    /// <summary>Fills <paramref name="values"/> with distinct draws (rejection of repeats).</summary>
    public void SampleDistinct(Random random, Span<int> values)
    {
        if (values.Length > _valuesByRank.Length)
        {
            throw new ArgumentException("More distinct values asked than there are.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            int value;
            do
            {
                value = Sample(random);
            }
            while (values[..i].Contains(value));

            values[i] = value;
        }
    }
}
