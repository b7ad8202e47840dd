using System.Collections.Concurrent;

namespace TescForce.Matching.Ranking;

/// <summary>
/// Working memory of one query, reused across queries (one per concurrent query, from a pool) so that a
/// query allocates next to nothing: a stamp per main slot says whether the slot was seen by this query.
/// </summary>
internal sealed class Scratch
{
    private static readonly ConcurrentBag<Scratch> Pool = [];

    private int _requirements;

    public int[] Stamp { get; private set; } = [];

    /// <summary>Per main slot seen: its candidate number, or -1 when it failed a constraint.</summary>
    public int[] CandidateOf { get; private set; } = [];

    /// <summary>One bit per main slot: meets every must-have so far.</summary>
    public ulong[] Intersection { get; private set; } = [];

    /// <summary>One bit per main slot: meets the current must-have, or passes the per-slot constraints.</summary>
    public ulong[] MustHaveSet { get; private set; } = [];

    public int Epoch { get; private set; }

    public int[] Slots { get; private set; } = new int[256];

    public float[] Credit { get; private set; } = new float[256];

    public byte[] Level { get; private set; } = new byte[256];


    public int Count { get; private set; }

    public ScoredCandidate[] Scored { get; private set; } = new ScoredCandidate[256];

    public static Scratch Rent() => Pool.TryTake(out var scratch) ? scratch : new Scratch();

    public static void Return(Scratch scratch) => Pool.Add(scratch);

    public void Begin(int slots, int requirements)
    {
        if (Stamp.Length < slots)
        {
            Stamp = new int[slots];
            CandidateOf = new int[slots];
            Intersection = new ulong[(slots + 63) / 64];
            MustHaveSet = new ulong[(slots + 63) / 64];
            Epoch = 0;
        }

        if (Epoch == int.MaxValue)
        {
            Array.Clear(Stamp);
            Epoch = 0;
        }

        Epoch++;
        Count = 0;
        _requirements = Math.Max(1, requirements);
        if (Credit.Length < Slots.Length * _requirements)
        {
            Credit = new float[Slots.Length * _requirements];
            Level = new byte[Slots.Length * _requirements];
        }
    }

    /// <summary>Adds a candidate for a main slot, with no credit yet; returns its number.</summary>
    public int Add(int slot)
    {
        if (Count == Slots.Length)
        {
            Grow();
        }

        var candidate = Count++;
        Slots[candidate] = slot;
        Array.Clear(Credit, candidate * _requirements, _requirements);
        Array.Clear(Level, candidate * _requirements, _requirements);
        return candidate;
    }

    public ScoredCandidate[] EnsureScored(int count)
    {
        if (Scored.Length < count)
        {
            Scored = new ScoredCandidate[Math.Max(count, Scored.Length * 2)];
        }

        return Scored;
    }

    private void Grow()
    {
        var size = Slots.Length * 2;
        Slots = Resize(Slots, size);
        // Sized for an earlier query with more requirements, the arrays may already be larger than needed.
        Credit = Resize(Credit, Math.Max(Credit.Length, size * _requirements));
        Level = Resize(Level, Math.Max(Level.Length, size * _requirements));
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        var copy = new T[size];
        array.AsSpan().CopyTo(copy);
        return copy;
    }
}
