using TescForce.Domain.Companies;
using TescForce.Infrastructure.Identity;

namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// Chooses the companies of the demo data and splits the consultants between them. Sizes are skewed on
/// purpose, like the real market: a few large ESNs with 800–1,500 people, some medium ones, many small
/// ones with 30–150. The ranking's fairness between companies is only tested if the data has that skew.
/// </summary>
internal static class CompanyPlanner
{
    /// <summary>The demo company gets about 250 of 10,000 consultants: a realistic list for the demo company member.</summary>
    public const double DemoCompanyShare = 0.025;

    public static IReadOnlyList<PlannedCompany> Plan(Random random, int companies, int consultants)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(companies, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(consultants);

        var others = companies - 1;
        var templates = PickTemplates(random, others);
        var sizes = SizeClasses(templates, others);
        var statuses = Statuses(sizes, others);
        var raw = new long[others];
        for (var i = 0; i < others; i++)
        {
            raw[i] = statuses[i] != CompanyStatus.Approved
                ? random.Between(10, 40)
                : sizes[i] switch
                {
                    CompanySize.Large => random.Between(800, 1500),
                    CompanySize.Medium => random.Between(250, 550),
                    _ => random.Between(35, 155),
                };
        }

        var demoShare = others == 0 ? consultants : Math.Min(consultants, (int)Math.Round(consultants * DemoCompanyShare));
        var counts = Apportion(raw, consultants - demoShare);

        var plan = new List<PlannedCompany>(companies)
        {
            new(new CompanyTemplate(DemoAccounts.CompanyName, "Toulouse", CompanyCatalogue.DemoCompanySpecialities, ""),
                true, CompanyStatus.Approved, CompanySize.Medium, demoShare),
        };
        for (var i = 0; i < others; i++)
        {
            plan.Add(new PlannedCompany(templates[i], false, statuses[i], sizes[i], counts[i]));
        }

        return plan;
    }

    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/> with whole numbers that
    /// add up exactly (largest remainder). Integer arithmetic, so the result is the same everywhere.
    /// </summary>
    public static int[] Apportion(IReadOnlyList<long> weights, int total)
    {
        var result = new int[weights.Count];
        var sum = weights.Sum();
        if (weights.Count == 0 || sum == 0)
        {
            return result;
        }

        var remainders = new long[weights.Count];
        var assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var share = weights[i] * total;
            result[i] = (int)(share / sum);
            remainders[i] = share % sum;
            assigned += result[i];
        }

        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(total - assigned))
        {
            result[i]++;
        }

        return result;
    }

    private static List<CompanyTemplate> PickTemplates(Random random, int count)
    {
        var picked = random.Shuffled(CompanyCatalogue.Templates).Take(count).ToList();
        var names = picked.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        names.Add(DemoAccounts.CompanyName);
        while (picked.Count < count)
        {
            var name = $"{random.Pick(CompanyCatalogue.ExtraNamePrefixes)} {random.Pick(CompanyCatalogue.ExtraNameSuffixes)}";
            if (!names.Add(name))
            {
                name = $"{name} {picked.Count + 1}";
                names.Add(name);
            }

            var specialities = random.Shuffled(Archetypes.All).Take(2).ToList();
            picked.Add(new CompanyTemplate(name, random.Pick(CompanyCatalogue.ExtraCities), specialities.Select(a => a.Key).ToList(),
                $"IT services in {specialities[0].Domain} and {specialities[1].Domain}."));
        }

        return picked;
    }

    /// <summary>The large and medium classes go to generalist ESNs first, as in the real market.</summary>
    private static CompanySize[] SizeClasses(List<CompanyTemplate> templates, int others)
    {
        var large = others >= 9 ? Math.Max(1, (int)Math.Round(others * 0.1)) : (others >= 3 ? 1 : 0);
        var medium = (int)Math.Round(others * 0.15);
        var sizes = new CompanySize[others];
        var byFitness = Enumerable.Range(0, others).OrderBy(i => templates[i].IsGeneralist ? 0 : 1).ThenBy(i => i).ToList();
        for (var rank = 0; rank < byFitness.Count; rank++)
        {
            sizes[byFitness[rank]] = rank < large ? CompanySize.Large : rank < large + medium ? CompanySize.Medium : CompanySize.Small;
        }

        return sizes;
    }

    /// <summary>Most companies are approved; a few small ones wait for a curator and one was rejected.</summary>
    private static CompanyStatus[] Statuses(CompanySize[] sizes, int others)
    {
        var statuses = Enumerable.Repeat(CompanyStatus.Approved, others).ToArray();
        var pending = others >= 9 ? 3 : (others >= 3 ? 1 : 0);
        var rejected = others >= 4 ? 1 : 0;
        var small = Enumerable.Range(0, others).Where(i => sizes[i] == CompanySize.Small).Reverse().ToList();
        for (var k = 0; k < small.Count && k < pending + rejected; k++)
        {
            statuses[small[k]] = k < rejected ? CompanyStatus.Rejected : CompanyStatus.Pending;
        }

        return statuses;
    }
}
