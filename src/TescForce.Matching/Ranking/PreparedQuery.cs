using TescForce.Matching.Indexing;
using TescForce.Matching.Queries;
using TescForce.Matching.Results;
using TescForce.Matching.Scoring;
using TescForce.Matching.Taxonomy;

namespace TescForce.Matching.Ranking;

/// <summary>
/// A query resolved against one snapshot: required skills as taxonomy indices with their weights, the
/// limits of the hard constraints (strict and relaxed), and caches that live as long as the query.
/// Also the one place that checks the hard constraints and computes the score.
/// </summary>
internal sealed class PreparedQuery
{
    public const int MaxRequiredSkills = 64;

    private readonly double[] _overlapBySchedule;
    private readonly float[] _levelFactors;
    private SkillHit[]?[]? _hits;

    public PreparedQuery(IndexSnapshot snapshot, MatchQuery query, MatchingOptions options)
    {
        Snapshot = snapshot;
        Query = query;
        Options = options;
        var required = query.Skills
            .GroupBy(s => s.SkillId)
            .Select(g => new RequiredSkill(g.Key, g.Min(s => s.Importance), Math.Clamp(g.Max(s => s.MinLevel), 1, 5)))
            .OrderBy(s => s.Importance).ThenBy(s => s.SkillId)
            .ToArray();
        if (required.Length > MaxRequiredSkills)
        {
            throw new ArgumentException($"A mission may require at most {MaxRequiredSkills} skills.", nameof(query));
        }

        Required = required;
        SkillIndex = [.. required.Select(r => snapshot.Graph.IndexOf(r.SkillId))];
        UnknownSkillIds = [.. required.Where((_, i) => SkillIndex[i] < 0).Select(r => r.SkillId)];
        Weight = [.. required.Select(r => r.Importance switch
        {
            SkillImportance.MustHave => ScoreWeights.MustHaveWeight,
            SkillImportance.Important => ScoreWeights.ImportantWeight,
            _ => ScoreWeights.NiceToHaveWeight,
        })];
        TotalWeight = Weight.Sum();
        // One table of level factors, so that the postings scan and the explanations compute the same floats.
        _levelFactors = new float[Math.Max(1, required.Length) * 8];
        for (var r = 0; r < required.Length; r++)
        {
            for (var level = 0; level < 8; level++)
            {
                _levelFactors[(r * 8) + level] = (float)SkillCredit.LevelFactor(level, required[r].MinLevel);
            }
        }

        for (var r = 0; r < required.Length; r++)
        {
            if (required[r].Importance == SkillImportance.MustHave)
            {
                MustMask |= 1UL << r;
            }
        }

        var languages = query.Languages.GroupBy(l => l.Code).Select(g => g.MaxBy(l => l.MinLevel)).ToArray();
        LanguageCodes = [.. languages.Select(l => l.Code)];
        LanguageIndex = [.. languages.Select(l => snapshot.Tables.LanguageOf(l.Code))];
        LanguageMin = [.. languages.Select(l => Math.Clamp(l.MinLevel, 1, 6))];
        NowMinute = Packing.Minutes(query.Now);
        Strict = LimitsOf(query, MatchRelaxation.None);
        Effective = LimitsOf(query, query.Relaxation);
        _overlapBySchedule = new double[snapshot.Tables.Schedules.Length];
        Array.Fill(_overlapBySchedule, double.NaN);
    }

    public IndexSnapshot Snapshot { get; }

    public MatchQuery Query { get; }

    public MatchingOptions Options { get; }

    public RequiredSkill[] Required { get; }

    /// <summary>Taxonomy index of each required skill, -1 when unknown.</summary>
    public int[] SkillIndex { get; }

    public int[] UnknownSkillIds { get; }

    public double[] Weight { get; }

    public double TotalWeight { get; }

    /// <summary>One bit per must-have requirement.</summary>
    public ulong MustMask { get; }

    public string[] LanguageCodes { get; }

    public int[] LanguageIndex { get; }

    public int[] LanguageMin { get; }

    public int NowMinute { get; }

    public Limits Strict { get; }

    public Limits Effective { get; }

    public int Count => Required.Length;

    /// <summary>By taxonomy index, the requirements each skill meets, null for most (built on first use).</summary>
    public SkillHit[]?[] Hits => _hits ??= BuildHits();

    public bool IsVisible(in ConsultantView v, List<ConstraintFailure>? failures)
    {
        var visible = true;
        if (!Snapshot.Tables.Approved[v.Company])
        {
            visible = false;
            failures?.Add(new ConstraintFailure(MatchConstraint.Visibility, FailureReason.CompanyNotApproved));
        }

        if (v.FreshUntil <= NowMinute)
        {
            visible = false;
            failures?.Add(new ConstraintFailure(MatchConstraint.Visibility, FailureReason.Stale));
        }

        return visible;
    }

    /// <summary>
    /// Checks every hard constraint but visibility and the skills. Without <paramref name="failures"/> it
    /// stops at the first failure (the ranking's hot path); with it, it lists them all (explanations).
    /// </summary>
    public bool Passes(in ConsultantView v, in Limits limits, List<ConstraintFailure>? failures)
    {
        var passes = true;
        if (v.From > limits.LatestFrom)
        {
            if (failures is null)
            {
                return false;
            }

            passes = false;
            failures.Add(new ConstraintFailure(MatchConstraint.Availability, FailureReason.AvailableTooLate, null, v.From, limits.LatestFrom));
        }

        if (v.Until < limits.RequiredUntil)
        {
            if (failures is null)
            {
                return false;
            }

            passes = false;
            failures.Add(new ConstraintFailure(MatchConstraint.Availability, FailureReason.UnavailableBeforeEnd, null, v.Until, limits.RequiredUntil));
        }

        if (v.Rate > limits.MaxRate)
        {
            if (failures is null)
            {
                return false;
            }

            passes = false;
            failures.Add(new ConstraintFailure(MatchConstraint.Rate, FailureReason.RateTooHigh, null, v.Rate, limits.MaxRate));
        }

        if (v.Capacity < limits.MinCapacity)
        {
            if (failures is null)
            {
                return false;
            }

            passes = false;
            failures.Add(new ConstraintFailure(MatchConstraint.Capacity, FailureReason.CapacityTooLow, null, v.Capacity, limits.MinCapacity));
        }

        if (limits.CheckLanguages)
        {
            for (var i = 0; i < LanguageIndex.Length; i++)
            {
                var level = LanguageLevel(v.Languages, i);
                if (level < LanguageMin[i])
                {
                    if (failures is null)
                    {
                        return false;
                    }

                    passes = false;
                    failures.Add(new ConstraintFailure(MatchConstraint.Languages,
                        level == 0 ? FailureReason.LanguageMissing : FailureReason.LanguageLevelTooLow, LanguageCodes[i], level, LanguageMin[i]));
                }
            }
        }

        if (limits.MinOverlapHours > 0)
        {
            var overlap = OverlapOf(v.Schedule);
            if (overlap + 1e-9 < limits.MinOverlapHours)
            {
                if (failures is null)
                {
                    return false;
                }

                passes = false;
                failures.Add(new ConstraintFailure(MatchConstraint.TimeZoneOverlap, FailureReason.OverlapTooShort, null, Math.Round(overlap, 2), limits.MinOverlapHours));
            }
        }

        return passes;
    }

    /// <summary>The must-have requirements not met (by an exact, narrower or broader skill), as failures.</summary>
    public void AddMissingMustHaves(ulong metMask, List<ConstraintFailure> failures)
    {
        for (var r = 0; r < Count; r++)
        {
            if ((MustMask & (1UL << r)) != 0 && (metMask & (1UL << r)) == 0)
            {
                failures.Add(new ConstraintFailure(MatchConstraint.MustHaveSkills, FailureReason.MustHaveSkillMissing,
                    Required[r].SkillId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>The consultant's CEFR level in required language <paramref name="i"/>, 0 when absent.</summary>
    public int LanguageLevel(ReadOnlySpan<ushort> languages, int i)
    {
        var wanted = LanguageIndex[i];
        foreach (var language in languages)
        {
            if (Packing.LanguageIndex(language) == wanted)
            {
                return Packing.LanguageLevel(language);
            }
        }

        return 0;
    }

    /// <summary>Whether every required language is at its level (true when the languages are not checked).</summary>
    public bool PassesLanguages(ReadOnlySpan<ushort> languages, in Limits limits)
    {
        if (limits.CheckLanguages)
        {
            for (var i = 0; i < LanguageIndex.Length; i++)
            {
                if (LanguageLevel(languages, i) < LanguageMin[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Per schedule of the index, whether its overlap with the client's hours is enough.</summary>
    public bool[] SchedulesPassing(in Limits limits)
    {
        var passing = new bool[Snapshot.Tables.Schedules.Length];
        for (var s = 0; s < passing.Length; s++)
        {
            passing[s] = limits.MinOverlapHours <= 0 || OverlapOf(s) + 1e-9 >= limits.MinOverlapHours;
        }

        return passing;
    }

    public double OverlapOf(int schedule)
    {
        var overlap = _overlapBySchedule[schedule];
        if (double.IsNaN(overlap))
        {
            var s = Snapshot.Tables.Schedules[schedule];
            overlap = WorkingHours.CachedOverlapHours(s.TimeZone, s.Start, s.End, Query.ClientTimeZone, Query.ClientHoursStart, Query.ClientHoursEnd, Query.Start);
            _overlapBySchedule[schedule] = overlap;
        }

        return overlap;
    }

    /// <summary>
    /// The best credit (and its level) of each requirement for a consultant's skills, and the mask of the
    /// requirements met well enough for a must-have. The hot path computes the same from the postings.
    /// </summary>
    public ulong MatchSkills(ReadOnlySpan<int> skills, Span<float> credit, Span<int> viaSkill, Span<SkillMatchKind> kind)
    {
        credit.Clear();
        viaSkill.Fill(-1);
        kind.Fill(SkillMatchKind.Missing);
        var met = 0UL;
        var hits = Hits;
        for (var i = 0; i < skills.Length; i++)
        {
            if (hits[Packing.SkillIndex(skills[i])] is not { } list)
            {
                continue;
            }

            var level = Packing.SkillLevel(skills[i]);
            foreach (var hit in list)
            {
                var value = hit.Credit * LevelFactor(hit.Requirement, level);
                var r = hit.Requirement;
                if (value > credit[r] || (value == credit[r] && viaSkill[r] >= 0 && level > Packing.SkillLevel(skills[viaSkill[r]])))
                {
                    credit[hit.Requirement] = value;
                    viaSkill[hit.Requirement] = i;
                    kind[hit.Requirement] = hit.Kind;
                }

                if (SkillCredit.SatisfiesMustHave(hit.Kind))
                {
                    met |= 1UL << hit.Requirement;
                }
            }
        }

        return met;
    }

    /// <summary>The level factor of requirement <paramref name="requirement"/> for a consultant at <paramref name="level"/> (1 to 5).</summary>
    public float LevelFactor(int requirement, int level) => _levelFactors[(requirement * 8) + level];

    private SkillHit[]?[] BuildHits()
    {
        var lists = new Dictionary<int, List<SkillHit>>();
        for (var r = 0; r < Count; r++)
        {
            if (SkillIndex[r] < 0)
            {
                continue;
            }

            foreach (var n in Snapshot.Graph.NeighboursOf(SkillIndex[r]))
            {
                if (!lists.TryGetValue(n.SkillIndex, out var list))
                {
                    lists[n.SkillIndex] = list = [];
                }

                list.Add(new SkillHit(r, n.Kind, n.Credit));
            }
        }

        var hits = new SkillHit[]?[Snapshot.Graph.Count];
        foreach (var (skill, list) in lists)
        {
            hits[skill] = [.. list];
        }

        return hits;
    }

    private Limits LimitsOf(MatchQuery query, MatchRelaxation relaxation)
    {
        bool Ignored(MatchConstraint c) => (relaxation.Ignored & c) != 0;
        var grace = Math.Max(0, query.AvailabilityGraceDays) + Math.Max(0, relaxation.ExtraGraceDays);
        var tolerance = Math.Max(0, query.RateTolerancePercent) + Math.Max(0, relaxation.ExtraRateTolerancePercent);
        var maxRate = query.MaxDailyRateEur is { } max && !Ignored(MatchConstraint.Rate)
            ? (int)Math.Min(int.MaxValue, Math.Floor(max * (100.0 + tolerance) / 100)) // not max * (1 + t / 100): 200 * 1.15 < 230
            : int.MaxValue;
        return new Limits(
            LatestFrom: Ignored(MatchConstraint.Availability) ? int.MaxValue : query.Start.DayNumber + grace,
            // Available until the end; with no end known, at least until the start.
            RequiredUntil: Ignored(MatchConstraint.Availability) ? int.MinValue : (query.End ?? query.Start).DayNumber,
            MaxRate: maxRate,
            MinCapacity: Ignored(MatchConstraint.Capacity) ? 0 : query.WorkloadPercent,
            CheckLanguages: !Ignored(MatchConstraint.Languages) && LanguageIndex.Length > 0,
            MinOverlapHours: Ignored(MatchConstraint.TimeZoneOverlap) ? 0 : query.OverlapHours,
            CheckMustHave: !Ignored(MatchConstraint.MustHaveSkills) && MustMask != 0);
    }
}
