using System.Collections.Concurrent;
using System.Diagnostics;
using TescForce.Matching;
using TescForce.Matching.Profiles;
using TescForce.Matching.Queries;
using TescForce.Matching.Taxonomy;
using static TescForce.UnitTests.Matching.MatchingFixture;

namespace TescForce.UnitTests.Matching;

/// <summary>The index changed one consultant or company at a time answers exactly like one rebuilt from scratch.</summary>
public sealed class IncrementalIndexTests
{
    private const int CompactionThreshold = 8;

    private static readonly Guid[] CompanyPool =
        [Companies.Acme, Companies.Globex, Companies.Initech, Companies.Umbrella, Companies.Pending, new("a0000000-0000-0000-0000-000000000006")];

    private const MatchConstraint AllButVisibility = MatchConstraint.Availability | MatchConstraint.Capacity | MatchConstraint.Languages
        | MatchConstraint.Rate | MatchConstraint.TimeZoneOverlap | MatchConstraint.MustHaveSkills;

    private static readonly string[] Zones = ["Europe/Paris", "Europe/London", "America/New_York", "Asia/Tokyo", "Asia/Kolkata"];

    private static readonly IReadOnlyList<int> CoreSkillIds =
        [.. Catalogue.AllSkillIds.Where(id => id < Catalogue.IctSectionFirstChild), Catalogue.IctSectionFirstChild, Catalogue.IctSectionFirstChild + 1,
            Catalogue.CloudFirstChild, Catalogue.CloudFirstChild + 1, Catalogue.DatabaseFirstChild, Catalogue.DatabaseFirstChild + 1];

    private static readonly string[] LanguageCodes = ["fr", "en", "de", "es"];

    [Fact]
    public void ARemovedConsultant_IsGoneFromTheNextQuery()
    {
        var index = Index(Consultant(1), Consultant(2));

        index.Remove(Id(1));

        index.Rank(Query()).Ids().ShouldBe([Id(2)]);
    }

    [Fact]
    public void AnAddedConsultant_IsInTheNextQuery()
    {
        var index = Index(Consultant(1));

        index.Upsert(Consultant(2));

        index.Rank(Query()).Ids().ShouldBe([Id(1), Id(2)]);
    }

    [Fact]
    public void AChangedConsultant_IsRankedOnTheChangeInTheNextQuery()
    {
        var index = Index(Consultant(1), Consultant(2));

        index.Upsert(Consultant(1) with { CapacityPercent = 50 });

        index.Rank(Query()).Ids().ShouldBe([Id(2)]);
    }

    [Fact]
    public void AConsultantRemovedThenAddedAgain_IsListedOnce()
    {
        var index = Index(Consultant(1));

        index.Remove(Id(1));
        index.Upsert(Consultant(1));

        index.Rank(Query()).Ids().ShouldBe([Id(1)]);
        index.Count.ShouldBe(1);
    }

    [Fact]
    public void RemovingAnUnknownConsultant_ChangesNothing()
    {
        var index = Index(Consultant(1));

        index.Remove(Id(2));

        index.PendingChanges.ShouldBe(0);
        index.Count.ShouldBe(1);
    }

    [Fact]
    public void AnAddedConsultantOfANewCompany_WaitsForTheCompanysApproval()
    {
        var index = Index(Consultant(1));
        var newcomer = Guid.NewGuid();

        index.Upsert(Consultant(2, newcomer));

        index.Rank(Query()).Ids().ShouldBe([Id(1)]);
    }

    [Fact]
    public void Compact_FoldsThePendingChangesIn_WithoutChangingTheResults()
    {
        var index = Index(Consultant(1), Consultant(2), Consultant(3));
        index.Upsert(Consultant(2) with { DailyRateEur = 450 });
        index.Remove(Id(3));
        index.Upsert(Consultant(4));
        var before = index.Rank(Query()).Describe();

        index.Compact();

        index.PendingChanges.ShouldBe(0);
        index.Rank(Query()).Describe().ShouldBe(before);
    }

    [Fact]
    public void AnUnknownRequiredSkill_IsReported_AndMetByNobody()
    {
        var index = Index(Consultant(1));

        var result = index.Rank(Query(MustHave(Catalogue.Python), NiceToHave(Catalogue.Unknown)));

        result.UnknownSkillIds.ShouldBe([Catalogue.Unknown]);
        result.Of(1).Evidence(Catalogue.Unknown).Kind.ShouldBe(SkillMatchKind.Missing);
    }

    [Fact]
    public void AnUnknownMustHave_ExcludesEveryone()
    {
        var index = Index(Consultant(1));
        index.Upsert(Consultant(2));

        var result = index.Rank(Query(MustHave(Catalogue.Unknown)));

        result.Total.ShouldBe(0);
        result.UnknownSkillIds.ShouldBe([Catalogue.Unknown]);
    }

    [Fact]
    public void IncrementalChanges_GiveTheSameResultsAsAFullRebuild()
    {
        var random = new Random(20270110);
        for (var sequence = 0; sequence < 30; sequence++)
        {
            var world = new World(random);
            for (var edit = 0; edit < 60; edit++)
            {
                world.Edit(random);
                WaitForBackgroundCompaction(world.Index);
                if (random.Next(12) == 0)
                {
                    world.Index.Compact();
                }

                if (edit % 20 == 19)
                {
                    world.ShouldAnswerLikeARebuild(random, $"sequence {sequence}, edit {edit}");
                }
            }

            world.ShouldAnswerLikeARebuild(random, $"sequence {sequence}, end");
        }
    }

    [Fact]
    public void IncrementalChanges_WhileCompactionsRunInTheBackground_GiveTheSameResultsAsAFullRebuild()
    {
        // Here nothing waits for the background compactions: some run while edits are made, and while the
        // answers are compared. The paths taken vary from run to run, the results must not.
        var random = new Random(8);
        for (var sequence = 0; sequence < 10; sequence++)
        {
            var world = new World(random);
            for (var edit = 0; edit < 120; edit++)
            {
                world.Edit(random);
            }

            world.ShouldAnswerLikeARebuild(random, $"sequence {sequence}");
        }
    }

    /// <summary>
    /// Waits for a compaction that the last change started in the background, if any. (When a change reaches the
    /// threshold while the previous compaction is still finishing, none starts until the next change: then this gives up.)
    /// </summary>
    private static void WaitForBackgroundCompaction(MatchIndex index)
    {
        var clock = Stopwatch.StartNew();
        while (index.PendingChanges >= CompactionThreshold && clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            Thread.Sleep(1);
        }
    }

    /// <summary>An index under test, and the profiles and approvals it should hold.</summary>
    private sealed class World
    {
        private readonly Dictionary<Guid, ConsultantProfile> _profiles = [];
        private readonly Dictionary<Guid, bool> _approvals = [];
        private readonly List<Guid> _removed = [];
        private readonly ConcurrentQueue<Exception> _backgroundErrors = new();

        public World(Random random)
        {
            foreach (var company in CompanyPool.Take(5))
            {
                _approvals[company] = company != Companies.Pending;
            }

            for (var i = 0; i < 80; i++)
            {
                var profile = RandomProfile(random, NewId(random));
                _profiles[profile.Id] = profile;
            }

            Index = new MatchIndex(new MatchingOptions { CompactionThreshold = CompactionThreshold });
            Index.BackgroundError = _backgroundErrors.Enqueue;
            Index.Load(Catalogue.Graph, _profiles.Values, _approvals);
        }

        public MatchIndex Index { get; }

        public void Edit(Random random)
        {
            var kind = random.Next(100);
            if (kind < 35 && _profiles.Count > 0)
            {
                var id = Pick(random, _profiles.Keys);
                var changed = Mutate(random, _profiles[id]);
                _profiles[id] = changed;
                Index.Upsert(changed);
            }
            else if (kind < 55 && _profiles.Count > 0)
            {
                var id = Pick(random, _profiles.Keys);
                _profiles.Remove(id);
                _removed.Add(id);
                Index.Remove(id);
            }
            else if (kind < 60)
            {
                Index.Remove(NewId(random)); // never heard of
            }
            else if (kind < 80)
            {
                var profile = RandomProfile(random, _removed.Count > 0 && random.Next(3) == 0 ? Pick(random, _removed) : NewId(random));
                _removed.Remove(profile.Id);
                _profiles[profile.Id] = profile;
                Index.Upsert(profile);
            }
            else
            {
                var company = CompanyPool[random.Next(CompanyPool.Length)];
                var approved = random.Next(3) > 0;
                _approvals[company] = approved;
                Index.SetCompanyApproved(company, approved);
            }
        }

        public void ShouldAnswerLikeARebuild(Random random, string where)
        {
            var rebuilt = new MatchIndex(new MatchingOptions { CompactionThreshold = CompactionThreshold });
            rebuilt.Load(Catalogue.Graph, _profiles.Values.OrderBy(_ => random.Next()), _approvals);
            _backgroundErrors.ShouldBeEmpty(where);
            Index.Count.ShouldBe(rebuilt.Count, where);
            for (var q = 0; q < 6; q++)
            {
                var query = RandomQuery(random);
                var full = Index.Rank(query);
                full.Describe().ShouldBe(rebuilt.Rank(query).Describe(), $"{where}, query {q}: {query}");
                var page = query with { Skip = random.Next(0, 8), Take = random.Next(1, 6) };
                var pageResult = Index.Rank(page);
                pageResult.Describe().ShouldBe(rebuilt.Rank(page).Describe(), $"{where}, page of query {q}");
                pageResult.Describe().ShouldBe(
                    (full with { Items = [.. full.Items.Skip(page.Skip).Take(page.Take)] }).Describe(), $"{where}, page of query {q} against the whole list");
                foreach (var listed in full.Items.Take(2))
                {
                    Index.WhyNot(query, listed.ConsultantId).Ranked!.Rank.ShouldBe(listed.Rank, $"{where}, why not {listed.ConsultantId}, query {q}");
                }

                foreach (var id in _profiles.Keys.Take(3).Concat(_removed.Take(1)))
                {
                    Index.WhyNot(query, id).Describe().ShouldBe(rebuilt.WhyNot(query, id).Describe(), $"{where}, why not {id}, query {q}");
                }
            }
        }

        private static Guid NewId(Random random)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        private static T Pick<T>(Random random, IEnumerable<T> items)
        {
            var list = items.ToList();
            return list[random.Next(list.Count)];
        }

        private static ConsultantProfile RandomProfile(Random random, Guid id) => new(
            Id: id,
            CompanyId: CompanyPool[random.Next(CompanyPool.Length)],
            DailyRateEur: random.Next(30, 121) * 10,
            CapacityPercent: random.Next(2, 11) * 10,
            SeniorityYears: random.Next(0, 26),
            AvailableFrom: Today.AddDays(random.Next(-30, 40)),
            AvailableUntil: random.Next(3) == 0 ? Today.AddDays(random.Next(0, 150)) : null,
            FreshUntil: Now.AddHours(random.Next(-48, 24 * 60)),
            TimeZone: Zones[random.Next(Zones.Length)],
            WorkdayStart: new TimeOnly(random.Next(7, 11), 0),
            WorkdayEnd: new TimeOnly(random.Next(16, 20), 0),
            Skills: RandomSkills(random),
            Languages: [.. LanguageCodes.Where(_ => random.Next(2) == 0).Select(code => new ProfileLanguage(code, random.Next(1, 7)))]);

        private static ProfileSkill[] RandomSkills(Random random)
        {
            var count = random.Next(0, 6);
            var skills = new ProfileSkill[count];
            for (var i = 0; i < count; i++)
            {
                skills[i] = new ProfileSkill(RandomSkillId(random, unknownOneIn: 10), random.Next(1, 6), random.Next(0, 20));
            }

            return skills;
        }

        /// <summary>Mostly the skills of the small families, sometimes any (sections included), rarely one the taxonomy does not know.</summary>
        private static int RandomSkillId(Random random, int unknownOneIn)
        {
            if (random.Next(unknownOneIn) == 0)
            {
                return Catalogue.Unknown;
            }

            var pool = random.Next(4) == 0 ? Catalogue.AllSkillIds : CoreSkillIds;
            return pool[random.Next(pool.Count)];
        }

        private static ConsultantProfile Mutate(Random random, ConsultantProfile profile) => random.Next(8) switch
        {
            0 => profile with { DailyRateEur = random.Next(30, 121) * 10 },
            1 => profile with { CapacityPercent = random.Next(2, 11) * 10 },
            2 => profile with { AvailableFrom = Today.AddDays(random.Next(-30, 40)) },
            3 => profile with { FreshUntil = Now.AddHours(random.Next(-48, 24 * 60)) },
            4 => profile with { Skills = RandomSkills(random) },
            5 => profile with { CompanyId = CompanyPool[random.Next(CompanyPool.Length)] },
            6 => profile with { TimeZone = Zones[random.Next(Zones.Length)] },
            _ => RandomProfile(random, profile.Id),
        };

        /// <summary>Skills spread over the taxonomy so that every kind of match and both must-have paths come up.</summary>
        private static MatchQuery RandomQuery(Random random)
        {
            var skills = new List<RequiredSkill>();
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                skills.Add(new RequiredSkill(RandomSkillId(random, unknownOneIn: 15), (SkillImportance)random.Next(3), random.Next(1, 6)));
            }

            var broad = random.Next(4) == 0; // nothing enforced but visibility: many results, so the engine keeps only the best
            var ignored = broad ? AllButVisibility : MatchConstraint.None;
            foreach (var constraint in new[] { MatchConstraint.Availability, MatchConstraint.Capacity, MatchConstraint.Languages, MatchConstraint.Rate,
                MatchConstraint.TimeZoneOverlap, MatchConstraint.MustHaveSkills })
            {
                if (random.Next(4) == 0)
                {
                    ignored |= constraint;
                }
            }

            var start = Today.AddDays(random.Next(0, 30));
            return Query() with
            {
                Skills = skills,
                Languages = [.. LanguageCodes.Where(_ => random.Next(4) == 0).Select(code => new RequiredLanguage(code, random.Next(1, 6)))],
                Start = start,
                End = random.Next(2) == 0 ? start.AddDays(random.Next(30, 200)) : null,
                WorkloadPercent = random.Next(1, 11) * 10,
                MaxDailyRateEur = random.Next(3) == 0 ? null : random.Next(40, 121) * 10,
                RateTolerancePercent = random.Next(0, 3) * 5,
                ClientTimeZone = Zones[random.Next(Zones.Length)],
                OverlapHours = random.Next(0, 5),
                Seniority = random.Next(3) == 0 ? null : (SeniorityBand)random.Next(4),
                Relaxation = !broad && random.Next(2) == 0
                    ? MatchRelaxation.None
                    : new MatchRelaxation(random.Next(0, 10), random.Next(0, 20), ignored),
                Take = 1000,
            };
        }
    }
}
