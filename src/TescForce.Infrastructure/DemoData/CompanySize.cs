namespace TescForce.Infrastructure.DemoData;

/// <summary>Size class of a demo company; the real counts are scaled to the requested total.</summary>
internal enum CompanySize
{
    Small,
    Medium,
    Large,
}
