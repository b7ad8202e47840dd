using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.DemoData;

namespace TescForce.UnitTests.DemoData;

public sealed class ConsultantFactoryTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 30, 0, DateTimeKind.Utc);

    private static MemberCompany Company(CompanyStatus status = CompanyStatus.Approved)
    {
        var company = new MemberCompany
        {
            Id = Guid.NewGuid(), Name = "Garonne Systèmes", Siren = "732829320", City = "Toulouse",
            Website = "https://garonne-systemes.example", CreatedAt = Now.AddDays(-500),
        };
        if (status == CompanyStatus.Approved)
        {
            company.Approve("curator", Now.AddDays(-495));
        }

        return company;
    }

    private static List<Consultant> Generate(int seed, int count, MemberCompany company, string? archetypeKey = null)
    {
        var random = new Random(seed);
        var factory = new ConsultantFactory(EmbeddedTaxonomyGraph.Instance, Now);
        var roster = new CompanyRoster(company, [Archetypes.ByKey("flight-software"), Archetypes.ByKey("embedded")], 100);
        return Enumerable.Range(0, count)
            .Select(i => factory.Create(random, roster,
                archetypeKey is null ? factory.DrawArchetype(random, roster) : Archetypes.ByKey(archetypeKey), $"TF-{i:D6}"))
            .ToList();
    }

    [Theory]
    [InlineData(1, "Junior")]
    [InlineData(2, "Junior")]
    [InlineData(3, "Confirmed")]
    [InlineData(7, "Confirmed")]
    [InlineData(8, "Senior")]
    [InlineData(14, "Senior")]
    [InlineData(15, "Lead")]
    [InlineData(30, "Lead")]
    public void Seniority_bands_follow_the_market(int years, string band) =>
        ConsultantFactory.BandOf(years).ToString().ShouldBe(band);

    [Fact]
    public void Profiles_have_six_to_sixteen_coherent_skills_and_the_headline_matches_the_seniority()
    {
        var consultants = Generate(3, 2000, Company());

        foreach (var consultant in consultants)
        {
            consultant.Skills.Count.ShouldBeInRange(ConsultantFactory.MinSkills, ConsultantFactory.MaxSkills);
            consultant.Skills.Select(s => s.SkillTagId).ShouldBeUnique();
            consultant.Skills.ShouldAllBe(s => s.Years <= consultant.SeniorityYears && s.ConsultantId == consultant.Id);
            var prefix = ConsultantFactory.BandOf(consultant.SeniorityYears) switch
            {
                SeniorityBand.Junior => "Junior ",
                SeniorityBand.Senior => "Senior ",
                SeniorityBand.Lead => "Lead ",
                _ => "",
            };
            if (prefix.Length > 0)
            {
                consultant.Headline.ShouldStartWith(prefix);
            }
        }

        // Levels skew to 3–4, seniority to 4–15 years, rates follow seniority.
        var levels = consultants.SelectMany(c => c.Skills).Select(s => s.Level).ToList();
        (levels.Count(l => l is 3 or 4) / (double)levels.Count).ShouldBeGreaterThan(0.6);
        (consultants.Count(c => c.SeniorityYears is >= 4 and <= 15) / (double)consultants.Count).ShouldBeInRange(0.65, 0.85);
        consultants.Where(c => c.SeniorityYears >= 15).Average(c => c.DailyRateEur)
            .ShouldBeGreaterThan(consultants.Where(c => c.SeniorityYears < 3).Average(c => c.DailyRateEur) + 150);
    }

    [Fact]
    public void Most_consultants_of_a_specialist_company_follow_its_specialities()
    {
        var consultants = Generate(4, 1000, Company());

        var flightOrEmbedded = consultants.Count(c => c.Headline.Contains("flight software", StringComparison.OrdinalIgnoreCase)
            || c.Headline.Contains("avionics", StringComparison.OrdinalIgnoreCase)
            || c.Headline.Contains("embedded", StringComparison.OrdinalIgnoreCase));
        (flightOrEmbedded / 1000.0).ShouldBeGreaterThan(0.7);
    }

    [Fact]
    public void A_flight_software_engineer_mostly_lists_avionics_skills_and_a_headline_like_the_brief()
    {
        var consultants = Generate(5, 300, Company(), "flight-software");
        var archetype = Archetypes.ByKey("flight-software");
        var own = archetype.CoreSkills.Concat(archetype.CommonSkills).Select(c => EmbeddedTaxonomyGraph.Instance.Find(c)!.Id).ToHashSet();

        var ownShare = consultants.SelectMany(c => c.Skills).Count(s => own.Contains(s.SkillTagId))
            / (double)consultants.Sum(c => c.Skills.Count);
        ownShare.ShouldBeInRange(0.6, 0.95);
        consultants.ShouldContain(c => c.Headline.StartsWith("Senior flight software engineer, ") || c.Headline.StartsWith("Senior avionics software engineer, "));
        consultants.ShouldContain(c => c.Headline.EndsWith(", DO-178C"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_consultants()
    {
        static string Describe(IEnumerable<Consultant> consultants) => string.Join("\n", consultants.Select(c =>
            $"{c.Id}|{c.FullName}|{c.Email}|{c.Headline}|{c.Summary}|{c.DailyRateEur}|{c.Status}|{c.CreatedAt:O}|" +
            string.Join(",", c.Skills.Select(s => $"{s.SkillTagId}:{s.Level}:{s.Years}"))));
        var company = Company();

        Describe(Generate(9, 200, company)).ShouldBe(Describe(Generate(9, 200, company)));
        Describe(Generate(9, 200, company)).ShouldNotBe(Describe(Generate(10, 200, company)));
    }

    [Theory]
    [InlineData(CompanyStatus.Pending)]
    [InlineData(CompanyStatus.Rejected)]
    public void A_company_that_is_not_approved_has_no_published_profile(CompanyStatus status)
    {
        var company = Company(status);
        if (status == CompanyStatus.Rejected)
        {
            company.Reject("curator", "Not an ESN.", Now.AddDays(-400));
        }

        var consultants = Generate(6, 300, company);

        consultants.ShouldAllBe(c => c.Status != ConsultantStatus.Published && c.PublishedAt == null);
        consultants.ShouldAllBe(c => c.CreatedAt >= company.CreatedAt && c.UpdatedAt <= Now);
    }

    [Fact]
    public void Colleagues_with_the_same_name_get_distinct_addresses_and_employee_numbers()
    {
        var roster = new CompanyRoster(Company(), [], 41);

        roster.NewEmail("Jean-François", "Le Gall").ShouldBe("jean-francois.legall@garonne-systemes.example");
        roster.NewEmail("Jean-François", "Le Gall").ShouldBe("jean-francois.legall2@garonne-systemes.example");
        var random = new Random(1);
        var numbers = Enumerable.Range(0, 100).Select(_ => roster.NewExternalReference(random)).ToList();
        numbers.ShouldBeUnique();
        numbers.ShouldAllBe(n => n.Length == 10 && n.StartsWith("EMP-"));
    }
}
