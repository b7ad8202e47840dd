using TescForce.Application.Common;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants;

public enum ConsultantSort
{
    RecentlyUpdated,
    Name,
    Headline,
    AvailableFrom,
    DailyRate,
    Confirmed,
}

/// <param name="CompanyId">Curators: one company or null for all; members: ignored (always their own).</param>
/// <param name="Search">Part of the name, e-mail, headline or reference.</param>
/// <param name="SkillId">Only consultants with this skill.</param>
/// <param name="AvailableBy">Only consultants available on or before this date (and not gone by then).</param>
public sealed record ConsultantQuery(
    PageRequest Page,
    Guid? CompanyId = null,
    string? Search = null,
    int? SkillId = null,
    ConsultantStatus? Status = null,
    FreshnessState? Freshness = null,
    ConsultantSort Sort = ConsultantSort.RecentlyUpdated,
    bool Descending = false,
    DateOnly? AvailableBy = null);
