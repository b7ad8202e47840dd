namespace TescForce.Infrastructure.DemoData;

/// <summary>How the market names experience: junior under 3 years, confirmed 3–7, senior 8–14, lead (expert) 15 and more.</summary>
internal enum SeniorityBand
{
    Junior,
    Confirmed,
    Senior,
    Lead,
}
