namespace TescForce.Infrastructure.DemoData;

/// <summary>A member company of the demo data before it has a size, a SIREN or a status.</summary>
/// <param name="Specialities">Archetype keys the company is known for; empty for a generalist ESN.</param>
internal sealed record CompanyTemplate(string Name, string City, IReadOnlyList<string> Specialities, string Description)
{
    public bool IsGeneralist => Specialities.Count == 0;
}
