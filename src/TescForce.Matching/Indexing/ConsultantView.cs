namespace TescForce.Matching.Indexing;

/// <summary>A consultant read from either segment of the index, without copying.</summary>
internal readonly ref struct ConsultantView(
    Guid id, int company, int rate, byte capacity, byte seniority, int from, int until, int freshUntil, ushort schedule,
    ReadOnlySpan<int> skills, ReadOnlySpan<ushort> languages)
{
    public Guid Id { get; } = id;

    public int Company { get; } = company;

    public int Rate { get; } = rate;

    public int Capacity { get; } = capacity;

    public int Seniority { get; } = seniority;

    /// <summary>Day number of the first day available.</summary>
    public int From { get; } = from;

    /// <summary>Day number of the last day available, <see cref="int.MaxValue"/> when open-ended.</summary>
    public int Until { get; } = until;

    /// <summary>Minute (see <see cref="Packing.Minutes"/>) at which the profile goes stale.</summary>
    public int FreshUntil { get; } = freshUntil;

    public int Schedule { get; } = schedule;

    public ReadOnlySpan<int> Skills { get; } = skills;

    public ReadOnlySpan<ushort> Languages { get; } = languages;
}
