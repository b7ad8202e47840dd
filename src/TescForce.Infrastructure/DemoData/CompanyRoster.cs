using TescForce.Domain.Companies;

namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// A demo company while its consultants are generated: what they draw from (specialities, home area)
/// and what must stay unique inside it (e-mail addresses, employee numbers).
/// </summary>
internal sealed class CompanyRoster
{
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private int _nextEmployeeNumber;

    public CompanyRoster(MemberCompany company, IReadOnlyList<Archetype> specialities, int firstEmployeeNumber)
    {
        Company = company;
        Specialities = specialities;
        EmailDomain = DemoText.EmailDomain(company.Website, company.Name);
        _nextEmployeeNumber = firstEmployeeNumber;
    }

    public MemberCompany Company { get; }

    /// <summary>Archetypes the company is known for; empty for a generalist.</summary>
    public IReadOnlyList<Archetype> Specialities { get; }

    public string EmailDomain { get; }

    /// <summary>firstname.lastname@domain, with a number when a colleague already has that address.</summary>
    public string NewEmail(string firstName, string lastName)
    {
        var local = $"{DemoText.EmailPart(firstName)}.{DemoText.EmailPart(lastName)}";
        var email = $"{local}@{EmailDomain}";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = $"{local}{n}@{EmailDomain}";
        }

        return email;
    }

    /// <summary>HR numbers like EMP-004217: increasing, with gaps where people left.</summary>
    public string NewExternalReference(Random random)
    {
        _nextEmployeeNumber += random.Between(1, 3);
        return $"EMP-{_nextEmployeeNumber:D6}";
    }
}
