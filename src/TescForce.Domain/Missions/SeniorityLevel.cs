namespace TescForce.Domain.Missions;

/// <summary>The experience a mission asks for, in the bands French IT services use.</summary>
public enum SeniorityLevel
{
    /// <summary>Less than 3 years.</summary>
    Junior,

    /// <summary>3 to 7 years.</summary>
    Confirmed,

    /// <summary>8 to 14 years.</summary>
    Senior,

    /// <summary>15 years or more.</summary>
    Expert,
}
