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

    public static Segment Empty(int taxonomySize) => Build([], taxonomySize);

    public int Count => _ids.Length;

    /// <summary>Builds a segment; <paramref name="consultants"/> must have distinct ids.</summary>
    public static Segment Build(List<IndexedConsultant> consultants, int taxonomySize)
    {
        consultants.Sort((a, b) => a.Id.CompareTo(b.Id));
        var segment = new Segment(consultants.Count, consultants.Sum(c => c.Skills.Length), consultants.Sum(c => c.Languages.Length), taxonomySize);
        var postingCounts = new int[taxonomySize];
        int skillAt = 0, languageAt = 0;
        for (var slot = 0; slot < consultants.Count; slot++)
        {
            var c = consultants[slot];
            segment._ids[slot] = c.Id;
            segment._company[slot] = c.Company;
            segment._rate[slot] = c.Rate;
            segment._capacity[slot] = c.Capacity;
            segment._seniority[slot] = c.Seniority;
            segment._from[slot] = c.From;
            segment._until[slot] = c.Until;
            segment._freshUntil[slot] = c.FreshUntil;
            segment._schedule[slot] = c.Schedule;
            segment._skillStart[slot] = skillAt;
            c.Skills.CopyTo(segment._skills, skillAt);
            skillAt += c.Skills.Length;
            segment._languageStart[slot] = languageAt;
            c.Languages.CopyTo(segment._languages, languageAt);
            languageAt += c.Languages.Length;
            foreach (var skill in c.Skills)
            {
                postingCounts[Packing.SkillIndex(skill)]++;
            }
        }

        segment._skillStart[consultants.Count] = skillAt;
        segment._languageStart[consultants.Count] = languageAt;
        for (var s = 0; s < taxonomySize; s++)
        {
            segment._postings[s] = postingCounts[s] == 0 ? [] : new int[postingCounts[s]];
            postingCounts[s] = 0;
        }

        // Slots ascend, so every posting list comes out sorted.
        for (var slot = 0; slot < consultants.Count; slot++)
        {
            foreach (var skill in consultants[slot].Skills)
            {
                var s = Packing.SkillIndex(skill);
                segment._postings[s][postingCounts[s]++] = Packing.Posting(slot, Packing.SkillLevel(skill));
            }
        }

        return segment;
    }

    public ReadOnlySpan<int> PostingsOf(int skillIndex) => _postings[skillIndex];

    public Guid IdAt(int slot) => _ids[slot];

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

    public IndexedConsultant Extract(int slot) => new()
    {
        Id = _ids[slot], Company = _company[slot], Rate = _rate[slot], Capacity = _capacity[slot], Seniority = _seniority[slot],
        From = _from[slot], Until = _until[slot], FreshUntil = _freshUntil[slot], Schedule = _schedule[slot],
        Skills = _skills[_skillStart[slot].._skillStart[slot + 1]],
        Languages = _languages[_languageStart[slot].._languageStart[slot + 1]],
    };
}
