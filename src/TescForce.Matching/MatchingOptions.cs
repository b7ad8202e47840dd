namespace TescForce.Matching;

/// <summary>Settings of the engine (bound from the <c>Matching</c> configuration section by the application).</summary>
public sealed class MatchingOptions
{
    /// <summary>The first places the fairness rule watches over.</summary>
    public int FairnessTopN { get; set; } = 10;

    /// <summary>At most this many of the first places per member company…</summary>
    public int FairnessMaxPerCompany { get; set; } = 3;

    /// <summary>…while another company has a candidate within this many points.</summary>
    public double FairnessScoreMargin { get; set; } = 5.0;

    /// <summary>Changes kept beside the main segment before it is rebuilt in the background.</summary>
    public int CompactionThreshold { get; set; } = 512;
}
