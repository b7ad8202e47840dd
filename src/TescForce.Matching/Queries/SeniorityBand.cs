namespace TescForce.Matching.Queries;

/// <summary>Bands of years of professional experience, the way French IT services speak of them.</summary>
public enum SeniorityBand
{
    /// <summary>Less than 3 years.</summary>
    Junior,

    /// <summary>3 to 7 years ("confirmé").</summary>
    Confirmed,

    /// <summary>8 to 14 years.</summary>
    Senior,

    /// <summary>15 years or more.</summary>
    Expert,
}

public static class SeniorityBands
{
    public static SeniorityBand Of(int years) => years switch
    {
        < 3 => SeniorityBand.Junior,
        < 8 => SeniorityBand.Confirmed,
        < 15 => SeniorityBand.Senior,
        _ => SeniorityBand.Expert,
    };
}
