using TescForce.Domain.Companies;

namespace TescForce.Infrastructure.DemoData;

/// <summary>One company of the demo data as planned: what it is, its status and how many consultants it gets.</summary>
internal sealed record PlannedCompany(CompanyTemplate Template, bool IsDemoCompany, CompanyStatus Status, CompanySize Size, int Consultants);
