namespace TescForce.Infrastructure.DemoData;

/// <summary>The <c>DemoData</c> configuration section: the generated companies and consultants of Development.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    /// <summary>Generate the demo data at start-up in Development (never in other environments).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Member companies, the demo company (Aerosoft Conseil) included.</summary>
    public int Companies { get; set; } = 40;

    public int Consultants { get; set; } = 10_000;

    /// <summary>The same seed and counts give the same data.</summary>
    public int Seed { get; set; } = 2026;
}
