namespace TescForce.Benchmarks.Matching;

/// <summary>A small fixed table of values with relative weights, drawn with the caller's <see cref="Random"/>.</summary>
/// <typeparam name="T">The values.</typeparam>
public sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulative;

    public WeightedChoice(params (T Value, int Weight)[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Length == 0 || choices.Any(c => c.Weight <= 0))
        {
            throw new ArgumentException("At least one choice, every weight positive.", nameof(choices));
        }

        _values = [.. choices.Select(c => c.Value)];
        _cumulative = new int[choices.Length];
        var total = 0;
        for (var i = 0; i < choices.Length; i++)
        {
            total += choices[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.Next(_cumulative[^1]);
        var i = 0;
        while (_cumulative[i] <= u)
        {
            i++;
        }

        return _values[i];
    }
}
