namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// Draws used by the demo data. Everything goes through one seeded <see cref="Random"/> in a fixed
/// order, which is what makes the data reproducible: never draw while iterating an unordered set.
/// </summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var roll = random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Weights must be positive.");
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Uniform in [min, max], both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>A span of time uniform in [min, max], to the second.</summary>
    public static TimeSpan Between(this Random random, TimeSpan min, TimeSpan max) =>
        TimeSpan.FromSeconds(Math.Round(random.Between(min.TotalSeconds, max.TotalSeconds)));

    /// <summary>A copy in random order (Fisher–Yates).</summary>
    public static List<T> Shuffled<T>(this Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>A version-4 GUID from the seeded source, so that identifiers are reproducible too.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
