namespace TescForce.Matching.Ranking;

/// <summary>The hard constraints as numbers, either the mission's own (strict) or with the view's relaxations.</summary>
internal readonly record struct Limits(
    int LatestFrom,
    int RequiredUntil,
    int MaxRate,
    int MinCapacity,
    bool CheckLanguages,
    double MinOverlapHours,
    bool CheckMustHave);
