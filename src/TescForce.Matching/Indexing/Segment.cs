namespace TescForce.Matching.Indexing;

/// <summary>
/// The main, immutable part of the index: consultants as parallel arrays sorted by id (so a slot is found
/// by binary search and slot order is id order), and for every taxonomy skill the postings of the
/// consultants who have it.
/// </summary>
internal sealed class Segment
{
    private readonly Guid[] _ids;
    private readonly int[] _company;
    private readonly int[] _rate;
    private readonly byte[] _capacity;
    private readonly byte[] _seniority;
    private readonly int[] _from;
    private readonly int[] _until;
    private readonly int[] _freshUntil;
    private readonly ushort[] _schedule;
    private readonly int[] _skillStart;
    private readonly int[] _skills;
    private readonly int[] _languageStart;
    private readonly ushort[] _languages;
    private readonly int[][] _postings;

    private Segment(int count, int skillCount, int languageCount, int taxonomySize)
    {
        _ids = new Guid[count];
        _company = new int[count];
        _rate = new int[count];
        _capacity = new byte[count];
        _seniority = new byte[count];
        _from = new int[count];
        _until = new int[count];
        _freshUntil = new int[count];
        _schedule = new ushort[count];
        _skillStart = new int[count + 1];
        _skills = new int[skillCount];
        _languageStart = new int[count + 1];
        _languages = new ushort[languageCount];
        _postings = new int[taxonomySize][];
    }

    public static Segment Empty(int taxonomySize)
    {
        var segment = new Segment(0, 0, 0, taxonomySize);
        Array.Fill(segment._postings, Array.Empty<int>());
        return segment;
    }

    public int Count => _ids.Length;

    /// <summary>Builds a segment; <paramref name="consultants"/> must have distinct ids.</summary>
    public static Segment Build(List<IndexedConsultant> consultants, int taxonomySize) =>
        Merge(Empty(taxonomySize), ChunkedBitSet.Create(0), consultants, taxonomySize);

    /// <summary>
    /// A new segment with the live slots of <paramref name="old"/> and the <paramref name="changes"/> (whose
    /// ids are not live in it), merged in id order column by column: no object per consultant, so a
    /// compaction of a million profiles leaves the garbage collector little to do.
    /// </summary>
    public static Segment Merge(Segment old, ChunkedBitSet dead, List<IndexedConsultant> changes, int taxonomySize)
    {
        changes.Sort((a, b) => a.Id.CompareTo(b.Id));
        int liveCount = 0, skillCount = changes.Sum(c => c.Skills.Length), languageCount = changes.Sum(c => c.Languages.Length);
        for (var slot = 0; slot < old.Count; slot++)
        {
            if (!dead[slot])
            {
                liveCount++;
                skillCount += old._skillStart[slot + 1] - old._skillStart[slot];
                languageCount += old._languageStart[slot + 1] - old._languageStart[slot];
            }
        }

        var segment = new Segment(liveCount + changes.Count, skillCount, languageCount, taxonomySize);
        int from = 0, next = 0, skillAt = 0, languageAt = 0;
        for (var slot = 0; slot < segment.Count; slot++)
        {
            while (from < old.Count && dead[from])
            {
                from++;
            }

            if (next < changes.Count && (from >= old.Count || changes[next].Id.CompareTo(old._ids[from]) < 0))
            {
                var c = changes[next++];
                segment.Set(slot, c.Id, c.Company, c.Rate, c.Capacity, c.Seniority, c.From, c.Until, c.FreshUntil, c.Schedule,
                    c.Skills, c.Languages, ref skillAt, ref languageAt);
            }
            else
            {
                segment.Set(slot, old._ids[from], old._company[from], old._rate[from], old._capacity[from], old._seniority[from], old._from[from],
                    old._until[from], old._freshUntil[from], old._schedule[from], old.SkillsOf(from), old.LanguagesOf(from), ref skillAt, ref languageAt);
                from++;
            }
        }

        segment._skillStart[segment.Count] = skillAt;
        segment._languageStart[segment.Count] = languageAt;
        segment.BuildPostings(taxonomySize);
        return segment;
    }

    private void Set(int slot, Guid id, int company, int rate, byte capacity, byte seniority, int from, int until, int freshUntil, ushort schedule,
        ReadOnlySpan<int> skills, ReadOnlySpan<ushort> languages, ref int skillAt, ref int languageAt)
    {
        _ids[slot] = id;
        _company[slot] = company;
        _rate[slot] = rate;
        _capacity[slot] = capacity;
        _seniority[slot] = seniority;
        _from[slot] = from;
        _until[slot] = until;
        _freshUntil[slot] = freshUntil;
        _schedule[slot] = schedule;
        _skillStart[slot] = skillAt;
        skills.CopyTo(_skills.AsSpan(skillAt));
        skillAt += skills.Length;
        _languageStart[slot] = languageAt;
        languages.CopyTo(_languages.AsSpan(languageAt));
        languageAt += languages.Length;
    }

    private void BuildPostings(int taxonomySize)
    {
        var counts = new int[taxonomySize];
        foreach (var skill in _skills)
        {
            counts[Packing.SkillIndex(skill)]++;
        }

        for (var s = 0; s < taxonomySize; s++)
        {
            _postings[s] = counts[s] == 0 ? [] : new int[counts[s]];
            counts[s] = 0;
        }

        // Slots ascend, so every posting list comes out sorted.
        for (var slot = 0; slot < Count; slot++)
        {
            for (var i = _skillStart[slot]; i < _skillStart[slot + 1]; i++)
            {
                var s = Packing.SkillIndex(_skills[i]);
                _postings[s][counts[s]++] = Packing.Posting(slot, Packing.SkillLevel(_skills[i]));
            }
        }
    }

    public ReadOnlySpan<int> PostingsOf(int skillIndex) => _postings[skillIndex];

    public Guid IdAt(int slot) => _ids[slot];

    public ReadOnlySpan<ushort> LanguagesOf(int slot) => _languages.AsSpan(_languageStart[slot], _languageStart[slot + 1] - _languageStart[slot]);

    /// <summary>
    /// Sets in <paramref name="passing"/> the bit of every live slot that passes the per-slot constraints
    /// (all but the languages): one sequential pass over the columns, much cheaper than checking a large
    /// share of the slots one by one in random order.
    /// </summary>
    public void Filter(ulong[] passing, ChunkedBitSet dead, int latestFrom, int requiredUntil, int maxRate, int minCapacity, int nowMinute,
        ReadOnlySpan<bool> companyApproved, ReadOnlySpan<bool> scheduleOk)
    {
        Array.Clear(passing, 0, (Count + 63) / 64);
        for (var slot = 0; slot < Count; slot++)
        {
            if (_from[slot] <= latestFrom && _until[slot] >= requiredUntil && _rate[slot] <= maxRate && _capacity[slot] >= minCapacity
                && _freshUntil[slot] > nowMinute && companyApproved[_company[slot]] && scheduleOk[_schedule[slot]] && !dead[slot])
            {
                passing[slot >> 6] |= 1UL << (slot & 63);
            }
        }
    }

    public ReadOnlySpan<int> SkillsOf(int slot) => _skills.AsSpan(_skillStart[slot], _skillStart[slot + 1] - _skillStart[slot]);

    /// <summary>The slot of a consultant, or -1.</summary>
    public int SlotOf(Guid id)
    {
        var slot = Array.BinarySearch(_ids, id);
        return slot >= 0 ? slot : -1;
    }

    public ConsultantView View(int slot) => new(_ids[slot], _company[slot], _rate[slot], _capacity[slot], _seniority[slot],
        _from[slot], _until[slot], _freshUntil[slot], _schedule[slot],
        _skills.AsSpan(_skillStart[slot], _skillStart[slot + 1] - _skillStart[slot]),
        _languages.AsSpan(_languageStart[slot], _languageStart[slot + 1] - _languageStart[slot]));
}
