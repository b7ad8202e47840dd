using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Skills;

namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// Makes one believable consultant from an archetype: skills mostly from the archetype, some from its
/// neighbourhood in the taxonomy and a few generic ones; seniority, rate, languages, availability and
/// status drawn from distributions that look like the region's pool. Pure: all randomness comes from
/// the caller's seeded <see cref="Random"/>, all dates from the given "now".
/// </summary>
internal sealed class ConsultantFactory
{
    public const int MinSkills = 6;
    public const int MaxSkills = 16;
    public const int MinDailyRate = 380;
    public const int MaxDailyRate = 1100;

    /// <summary>A skill listed by more archetypes than this is a hub, not a speciality (see <see cref="Neighbourhood"/>).</summary>
    public const int MaxArchetypesSharingASeed = 2;

    private static readonly IReadOnlyList<(int Level, int Weight)>[] LevelsByBand =
    [
        [(1, 5), (2, 35), (3, 45), (4, 15)],
        [(1, 2), (2, 13), (3, 45), (4, 35), (5, 5)],
        [(2, 5), (3, 30), (4, 50), (5, 15)],
        [(2, 2), (3, 18), (4, 50), (5, 30)],
    ];

    private static readonly IReadOnlyList<(int Level, int Weight)> GenericLevels = [(2, 25), (3, 45), (4, 30)];

    private static readonly IReadOnlyList<(ConsultantStatus Status, int Weight)> StatusesOfApprovedCompany =
    [
        (ConsultantStatus.Published, 85), (ConsultantStatus.Submitted, 5), (ConsultantStatus.Draft, 5),
        (ConsultantStatus.Archived, 3), (ConsultantStatus.Rejected, 2),
    ];

    private static readonly IReadOnlyList<(ConsultantStatus Status, int Weight)> StatusesOfPendingCompany =
        [(ConsultantStatus.Draft, 60), (ConsultantStatus.Submitted, 40)];

    private static readonly IReadOnlyList<string> RejectionReasons =
    [
        "The summary lists tools but no missions: describe two or three recent missions and their results.",
        "The daily rate looks far above the profile's seniority: please confirm it with the consultant.",
        "Several skills are at level 5 without the years of practice to match: please review the levels.",
        "The headline names a client: client names must not appear on the public card.",
    ];

    private static readonly IReadOnlyList<string> Schools =
    [
        "ISAE-SUPAERO", "ENAC", "INSA Toulouse", "ENSEEIHT", "Université Toulouse III – Paul Sabatier", "IMT Mines Albi",
        "ENI de Tarbes", "Polytech Montpellier", "Université de Montpellier", "EPITA Toulouse",
    ];

    private static readonly Dictionary<string, string> SectorWords = new(StringComparer.Ordinal)
    {
        ["aerospace"] = "aerospace", ["space"] = "space", ["defence"] = "defence", ["automotive"] = "automotive",
        ["rail"] = "rail", ["energy"] = "energy", ["health"] = "healthcare", ["finance"] = "finance",
        ["telecom"] = "telecom", ["industry"] = "industrial", ["public"] = "public-sector", ["retail"] = "retail",
    };

    private readonly IReadOnlyList<(Archetype Item, int Weight)> _archetypeWeights =
        Archetypes.All.Select(a => (a, a.Weight)).ToList();

    private readonly SkillGraph _graph;
    private readonly DateTime _now;
    private readonly DateOnly _today;
    private readonly Dictionary<string, IReadOnlyList<SkillNode>> _neighbourhoods = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<SkillNode> _generic;

    public ConsultantFactory(SkillGraph graph, DateTime now)
    {
        _graph = graph;
        _now = now;
        _today = DateOnly.FromDateTime(now);
        _generic = Archetypes.GenericSkills.Select(graph.Find).OfType<SkillNode>().Where(s => s.Status == SkillStatus.Active).ToList();
        foreach (var archetype in Archetypes.All)
        {
            _neighbourhoods[archetype.Key] = Neighbourhood(graph, archetype);
        }
    }

    /// <summary>
    /// What an archetype's people pick up besides their usual skills: the taxonomy neighbourhood of the
    /// skills specific to it. Skills many archetypes share (Python, Docker, SQL) are left out as starting
    /// points: what lies next to them (Django, Qt, N1QL) says nothing about a pentester or an FPGA designer.
    /// </summary>
    public static IReadOnlyList<SkillNode> Neighbourhood(SkillGraph graph, Archetype archetype)
    {
        var own = archetype.AllSkillCodes.Concat(Archetypes.GenericSkills).ToHashSet(StringComparer.Ordinal);
        var specific = archetype.AllSkillCodes.Distinct(StringComparer.Ordinal)
            .Where(code => Archetypes.All.Count(a => a.AllSkillCodes.Contains(code, StringComparer.Ordinal)) <= MaxArchetypesSharingASeed);
        return graph.Neighbourhood(specific).Where(s => !own.Contains(s.Code)).ToList();
    }

    public static SeniorityBand BandOf(int seniorityYears) => seniorityYears switch
    {
        < 3 => SeniorityBand.Junior,
        < 8 => SeniorityBand.Confirmed,
        < 15 => SeniorityBand.Senior,
        _ => SeniorityBand.Lead,
    };

    /// <summary>Mostly one of the company's specialities; a generalist ESN has a bit of everything.</summary>
    public Archetype DrawArchetype(Random random, CompanyRoster roster) =>
        roster.Specialities.Count > 0 && random.Chance(0.75)
            ? random.PickWeighted(roster.Specialities.Select(a => (a, a.Weight)).ToList())
            : random.PickWeighted(_archetypeWeights);

    public Consultant Create(Random random, CompanyRoster roster, Archetype archetype, string reference)
    {
        var id = random.NextGuid();
        var firstName = random.Pick(DemoNames.FirstNames);
        var lastName = random.Pick(DemoNames.LastNames);
        var seniority = DrawSeniority(random);
        var band = BandOf(seniority);
        var title = random.Pick(archetype.Titles);
        var skills = DrawSkills(random, archetype, band, seniority);
        var sectors = DrawSectors(random, archetype);
        var remote = random.PickWeighted<RemotePreference>(
            [(RemotePreference.FullyRemote, 45), (RemotePreference.RemoteWithTravel, 35), (RemotePreference.Flexible, 20)]);
        var (start, end) = DrawWorkingHours(random);

        var consultant = new Consultant
        {
            Id = id,
            CompanyId = roster.Company.Id,
            Reference = reference,
            ExternalReference = roster.NewExternalReference(random),
            FullName = $"{firstName} {lastName}",
            Email = roster.NewEmail(firstName, lastName),
            Headline = Headline(band, title, archetype, skills),
            SeniorityYears = seniority,
            City = DrawCity(random, roster.Company.City),
            CountryCode = "FR",
            RemotePreference = remote,
            DailyRateEur = DrawDailyRate(random, archetype, seniority),
            TimeZone = "Europe/Paris",
            WorkdayStart = start,
            WorkdayEnd = end,
            Sectors = sectors,
            Certifications = DrawCertifications(random, archetype, band),
            Skills = skills.Select(s => new ConsultantSkill { ConsultantId = id, SkillTagId = s.Skill.Id, Level = s.Level, Years = s.Years }).ToList(),
            Languages = DrawLanguages(random, id),
        };
        consultant.Summary = Summary(random, consultant, archetype, band, skills);
        DrawAvailability(random, consultant);
        DrawLifecycle(random, consultant, roster.Company);
        return consultant;
    }

    /// <summary>1 to 30 years, most between 4 and 15.</summary>
    private static int DrawSeniority(Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.10 ? random.Between(1, 3) : roll < 0.85 ? random.Between(4, 15) : random.Between(16, 30);
    }

    private List<(SkillNode Skill, SkillRole Role, int Level, int Years)> DrawSkills(Random random, Archetype archetype, SeniorityBand band, int seniority)
    {
        // 6 to 16, most around 11: the sum of two dice reads like real profiles.
        var target = MinSkills + random.Next(6) + random.Next(6);
        var generic = random.Next(3);
        var neighbours = target >= 9 ? random.Between(1, 3) : random.Next(2);
        var own = target - generic - neighbours;

        var picked = new List<(SkillNode Skill, SkillRole Role)>(target);
        var taken = new HashSet<int>();
        bool Take(string code, SkillRole role) => _graph.Find(code) is { } node && Add(node, role);
        bool Add(SkillNode node, SkillRole role)
        {
            if (picked.Count >= target || node.Status != SkillStatus.Active || !taken.Add(node.Id))
            {
                return false;
            }

            picked.Add((node, role));
            return true;
        }

        foreach (var code in archetype.CoreSkills)
        {
            if (picked.Count < own && random.Chance(0.9))
            {
                Take(code, SkillRole.Core);
            }
        }

        foreach (var code in random.Shuffled(archetype.CommonSkills))
        {
            if (picked.Count < own)
            {
                Take(code, SkillRole.Common);
            }
        }

        var neighbourhood = _neighbourhoods[archetype.Key];
        for (var attempts = 0; neighbours > 0 && neighbourhood.Count > 0 && attempts < 10; attempts++)
        {
            if (Add(random.Pick(neighbourhood), SkillRole.Neighbour))
            {
                neighbours--;
            }
        }

        foreach (var node in random.Shuffled(_generic).Take(generic))
        {
            Add(node, SkillRole.Generic);
        }

        // Whatever a short neighbourhood left out, the archetype's own skills make up.
        foreach (var code in archetype.CoreSkills.Concat(archetype.CommonSkills))
        {
            if (picked.Count >= Math.Max(MinSkills, target - 1))
            {
                break;
            }

            Take(code, SkillRole.Common);
        }

        return picked.Select(p =>
        {
            var level = DrawLevel(random, p.Role, band);
            return (p.Skill, p.Role, level, DrawYears(random, level, seniority));
        }).ToList();
    }

    private static int DrawLevel(Random random, SkillRole role, SeniorityBand band)
    {
        if (role == SkillRole.Generic)
        {
            return random.PickWeighted(GenericLevels);
        }

        var level = random.PickWeighted(LevelsByBand[(int)band]);
        var weaker = role switch
        {
            SkillRole.Neighbour => true,
            SkillRole.Common => random.Chance(0.4),
            _ => false,
        };
        return weaker ? Math.Max(ConsultantSkill.MinLevel, level - 1) : level;
    }

    /// <summary>Stronger skills tend to have been practised longer; never more years than the career.</summary>
    private static int DrawYears(Random random, int level, int seniority)
    {
        var share = (0.35 + (0.13 * level)) * random.Between(0.6, 1.0);
        return Math.Clamp((int)Math.Round(seniority * share), 1, Math.Min(seniority, ConsultantSkill.MaxYears));
    }

    private static string Headline(SeniorityBand band, string title, Archetype archetype,
        List<(SkillNode Skill, SkillRole Role, int Level, int Years)> skills)
    {
        var prefix = band switch
        {
            SeniorityBand.Junior => "Junior ",
            SeniorityBand.Senior => "Senior ",
            SeniorityBand.Lead => "Lead ",
            _ => "",
        };
        var best = archetype.Highlights
            .Select((h, order) => (h, order, level: skills.Where(s => s.Skill.Code == h.Code).Select(s => (int?)s.Level).FirstOrDefault()))
            .Where(x => x.level is not null && !title.Contains(x.h.Text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(x => x.level)
            .ThenBy(x => x.order)
            .Select(x => x.h.Text)
            .FirstOrDefault();
        var headline = DemoText.Capitalise(prefix + title);
        return best is null ? headline : $"{headline}, {best}";
    }

    private static string Summary(Random random, Consultant consultant, Archetype archetype, SeniorityBand band,
        List<(SkillNode Skill, SkillRole Role, int Level, int Years)> skills)
    {
        var years = consultant.SeniorityYears == 1 ? "One year" : $"{consultant.SeniorityYears} years";
        var sectors = DemoText.JoinAnd(consultant.Sectors.Select(s => SectorWords.GetValueOrDefault(s, s)).ToList());
        var sentences = new List<string> { $"{years} in {archetype.Domain}, mostly on {sectors} projects." };

        var named = skills.Where(s => s.Skill.IsNamedConcept && s.Role != SkillRole.Generic)
            .OrderByDescending(s => s.Level).ThenByDescending(s => s.Years)
            .Select(s => s.Skill.ShortLabel).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
        if (named.Count >= 2)
        {
            sentences.Add($"Hands-on with {DemoText.JoinAnd(named)}.");
        }

        var closing = new List<string>
        {
            "Used to international projects run in English.",
            "Comfortable working remotely with teams in other time zones.",
        };
        if (band is SeniorityBand.Senior or SeniorityBand.Lead)
        {
            closing.Add($"Has led teams of up to {random.Between(4, 12)} engineers.");
            closing.Add("Mentors junior engineers and runs technical reviews.");
        }
        else
        {
            closing.Add($"Graduated from {random.Pick(Schools)}.");
        }

        if (consultant.RemotePreference == RemotePreference.RemoteWithTravel)
        {
            closing.Add("Happy to travel to the client for workshops and key milestones.");
        }

        if (random.Chance(0.7))
        {
            sentences.Add(random.Pick(closing));
        }

        return string.Join(" ", sentences);
    }

    /// <summary>1 to 3 sectors, mostly the archetype's (aerospace, space and defence come first for most).</summary>
    private static List<string> DrawSectors(Random random, Archetype archetype)
    {
        var count = random.PickWeighted([(1, 35), (2, 45), (3, 20)]);
        var weighted = archetype.Sectors.Select((s, i) => (s, (archetype.Sectors.Count - i) * 2)).ToList();
        var sectors = new List<string>(count);
        for (var attempts = 0; sectors.Count < count && attempts < 20; attempts++)
        {
            var sector = random.Chance(0.1) ? random.Pick(Sectors.All) : random.PickWeighted(weighted);
            if (!sectors.Contains(sector))
            {
                sectors.Add(sector);
            }
        }

        return sectors;
    }

    private static List<string> DrawCertifications(Random random, Archetype archetype, SeniorityBand band)
    {
        if (archetype.Certifications.Count == 0)
        {
            return [];
        }

        var count = band == SeniorityBand.Junior
            ? (random.Chance(0.1) ? 1 : 0)
            : random.PickWeighted([(0, 70), (1, 23), (2, 7)]);
        return random.Shuffled(archetype.Certifications).Take(count).ToList();
    }

    /// <summary>French (native for most), English at B1–C2 (mostly B2/C1), sometimes Spanish, German or Italian.</summary>
    private static List<ConsultantLanguage> DrawLanguages(Random random, Guid consultantId)
    {
        var french = random.Chance(0.93) ? CefrLevel.C2 : random.PickWeighted([(CefrLevel.C1, 3), (CefrLevel.B2, 1)]);
        var english = random.PickWeighted([(CefrLevel.B1, 10), (CefrLevel.B2, 42), (CefrLevel.C1, 36), (CefrLevel.C2, 12)]);
        var languages = new List<ConsultantLanguage>
        {
            new() { ConsultantId = consultantId, Code = "fr", Level = french },
            new() { ConsultantId = consultantId, Code = "en", Level = english },
        };
        foreach (var (code, probability) in new[] { ("es", 0.09), ("de", 0.06), ("it", 0.04) })
        {
            if (random.Chance(probability))
            {
                var level = random.PickWeighted([(CefrLevel.A2, 3), (CefrLevel.B1, 4), (CefrLevel.B2, 3), (CefrLevel.C1, 1)]);
                languages.Add(new ConsultantLanguage { ConsultantId = consultantId, Code = code, Level = level });
            }
        }

        return languages;
    }

    /// <summary>Seniority and archetype set the rate: 380 EUR for a junior tester, up to 1,100 for a lead architect.</summary>
    private static int DrawDailyRate(Random random, Archetype archetype, int seniority)
    {
        var rate = archetype.BaseDailyRate + (18 * Math.Min(seniority, 15)) + (8 * Math.Max(0, seniority - 15));
        var noisy = rate * random.Between(0.9, 1.1);
        return Math.Clamp((int)Math.Round(noisy / 10) * 10, MinDailyRate, MaxDailyRate);
    }

    /// <summary>Mostly 09:00–18:00; some start earlier or later, a few have shorter days.</summary>
    private static (TimeOnly Start, TimeOnly End) DrawWorkingHours(Random random)
    {
        var start = random.PickWeighted([(new TimeOnly(8, 0), 15), (new TimeOnly(8, 30), 20), (new TimeOnly(9, 0), 50),
            (new TimeOnly(9, 30), 10), (new TimeOnly(10, 0), 5)]);
        var minutes = random.PickWeighted([(540, 75), (510, 10), (480, 10), (570, 5)]);
        return (start, start.AddMinutes(minutes));
    }

    /// <summary>Most live near their company: around Toulouse for most, around Montpellier for some.</summary>
    private static string DrawCity(Random random, string companyCity)
    {
        if (random.Chance(0.05))
        {
            return random.Pick(DemoNames.ElsewhereInOccitanie);
        }

        if (DemoNames.ToulouseAreaCities.Contains(companyCity, StringComparer.Ordinal))
        {
            return random.PickWeighted(DemoNames.ToulouseArea);
        }

        if (companyCity == "Montpellier")
        {
            return random.PickWeighted(DemoNames.MontpellierArea);
        }

        return random.Chance(0.8) ? companyCity : random.PickWeighted(DemoNames.ToulouseArea);
    }

    /// <summary>Available from a month ago to three months ahead, mostly full time, mostly open-ended.</summary>
    private void DrawAvailability(Random random, Consultant consultant)
    {
        consultant.AvailableFrom = random.Chance(0.45) ? _today.AddDays(-random.Between(0, 30)) : _today.AddDays(random.Between(1, 90));
        consultant.AvailableUntil = random.Chance(0.12) ? consultant.AvailableFrom.AddDays(random.Between(60, 270)) : null;
        consultant.CapacityPercent = random.PickWeighted([(100, 72), (80, 16), (60, 8), (50, 4)]);
    }

    /// <summary>
    /// Status, consent and the timestamps, in an order that makes sense: consent, then creation, then
    /// publication; availability confirmed after creation; nothing before the company joined or after now.
    /// Only an approved company's profiles are ever published.
    /// </summary>
    private void DrawLifecycle(Random random, Consultant consultant, MemberCompany company)
    {
        consultant.Status = company.Status switch
        {
            CompanyStatus.Approved => random.PickWeighted(StatusesOfApprovedCompany),
            CompanyStatus.Pending => random.PickWeighted(StatusesOfPendingCompany),
            _ => ConsultantStatus.Draft,
        };
        if (consultant.Status == ConsultantStatus.Rejected)
        {
            consultant.RejectionReason = random.Pick(RejectionReasons);
        }

        // Most confirmed within 25 days, some about to go stale (25–30), some stale (over 30).
        var freshness = random.NextDouble();
        var age = freshness < 0.85 ? random.Between(TimeSpan.Zero, TimeSpan.FromDays(25))
            : freshness < 0.93 ? random.Between(TimeSpan.FromDays(25), TimeSpan.FromDays(30) - TimeSpan.FromHours(1))
            : random.Between(TimeSpan.FromDays(30) + TimeSpan.FromHours(1), TimeSpan.FromDays(120));
        var joined = company.CreatedAt < _now ? company.CreatedAt : _now;
        var confirmedAt = _now - age;
        if (confirmedAt < joined)
        {
            confirmedAt = joined + random.Between(TimeSpan.Zero, _now - joined);
        }

        var createdAt = confirmedAt - random.Between(TimeSpan.Zero, Min(TimeSpan.FromDays(540), confirmedAt - joined));
        consultant.AvailabilityConfirmedAt = confirmedAt;
        consultant.CreatedAt = createdAt;

        if (consultant.Status != ConsultantStatus.Draft || random.Chance(0.7))
        {
            consultant.RecordConsent(createdAt - random.Between(TimeSpan.FromHours(1), TimeSpan.FromDays(10)),
                random.Chance(0.6) ? "Signed consent form" : "E-mail confirmation");
        }

        var wasPublished = consultant.Status == ConsultantStatus.Published
            || (consultant.Status == ConsultantStatus.Archived && random.Chance(0.7));
        if (wasPublished && company.Status == CompanyStatus.Approved)
        {
            var earliest = company.DecidedAt is { } decided && decided > createdAt ? decided : createdAt;
            var publishedAt = earliest + random.Between(TimeSpan.FromHours(2), TimeSpan.FromDays(7));
            consultant.PublishedAt = publishedAt < _now ? publishedAt : _now;
        }

        var updatedAt = confirmedAt;
        if (consultant.PublishedAt is { } published && published > updatedAt)
        {
            updatedAt = published;
        }

        consultant.UpdatedAt = updatedAt;
        consultant.LastActiveContactAt = updatedAt;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
