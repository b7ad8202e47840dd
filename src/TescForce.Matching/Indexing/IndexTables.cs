using System.Collections.Immutable;

namespace TescForce.Matching.Indexing;

/// <summary>A distinct set of working hours: consultants share few of them, so overlaps are computed once per set.</summary>
internal sealed record Schedule(string TimeZone, TimeOnly Start, TimeOnly End);

/// <summary>
/// The small interned tables of a snapshot: companies (with whether they are approved), schedules and
/// language codes. Immutable: adding an entry or changing an approval returns a new instance that
/// shares what did not change.
/// </summary>
internal sealed class IndexTables
{
    private IndexTables(ImmutableDictionary<Guid, int> companies, ImmutableArray<Guid> companyIds, ImmutableArray<bool> approved,
        ImmutableDictionary<Schedule, int> scheduleIndex, ImmutableArray<Schedule> schedules,
        ImmutableDictionary<string, int> languageIndex, ImmutableArray<string> languages)
    {
        Companies = companies;
        CompanyIds = companyIds;
        Approved = approved;
        ScheduleIndex = scheduleIndex;
        Schedules = schedules;
        LanguageIndex = languageIndex;
        Languages = languages;
    }

    public static IndexTables Empty { get; } = new(ImmutableDictionary<Guid, int>.Empty, [], [],
        ImmutableDictionary<Schedule, int>.Empty, [], ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal), []);

    public ImmutableDictionary<Guid, int> Companies { get; }

    public ImmutableArray<Guid> CompanyIds { get; }

    public ImmutableArray<bool> Approved { get; }

    public ImmutableDictionary<Schedule, int> ScheduleIndex { get; }

    public ImmutableArray<Schedule> Schedules { get; }

    public ImmutableDictionary<string, int> LanguageIndex { get; }

    public ImmutableArray<string> Languages { get; }

    public int LanguageOf(string code) => LanguageIndex.TryGetValue(code, out var index) ? index : -1;

    public IndexTables WithCompany(Guid id, bool approved, out int index)
    {
        if (Companies.TryGetValue(id, out index))
        {
            return Approved[index] == approved ? this : new IndexTables(Companies, CompanyIds, Approved.SetItem(index, approved), ScheduleIndex, Schedules, LanguageIndex, Languages);
        }

        index = Approved.Length;
        return new IndexTables(Companies.Add(id, index), CompanyIds.Add(id), Approved.Add(approved), ScheduleIndex, Schedules, LanguageIndex, Languages);
    }

    /// <summary>The company's index, registering it as not approved when it is new.</summary>
    public IndexTables EnsureCompany(Guid id, out int index) =>
        Companies.TryGetValue(id, out index) ? this : WithCompany(id, approved: false, out index);

    public IndexTables EnsureSchedule(Schedule schedule, out int index)
    {
        if (ScheduleIndex.TryGetValue(schedule, out index))
        {
            return this;
        }

        index = Schedules.Length;
        if (index > ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many distinct working-hour schedules for the index.");
        }

        return new IndexTables(Companies, CompanyIds, Approved, ScheduleIndex.Add(schedule, index), Schedules.Add(schedule), LanguageIndex, Languages);
    }

    public IndexTables EnsureLanguage(string code, out int index)
    {
        if (LanguageIndex.TryGetValue(code, out index))
        {
            return this;
        }

        index = Languages.Length;
        if (index >= 1 << 13)
        {
            throw new InvalidOperationException("Too many distinct languages for the index.");
        }

        return new IndexTables(Companies, CompanyIds, Approved, ScheduleIndex, Schedules, LanguageIndex.Add(code, index), Languages.Add(code));
    }
}
