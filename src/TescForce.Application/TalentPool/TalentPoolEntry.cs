using TescForce.Domain.Consultants;

namespace TescForce.Application.TalentPool;

/// <summary>A published profile of an approved company as the search snapshot holds it: what the filters read, nothing private.</summary>
internal sealed record TalentPoolEntry(
    Guid Id,
    Guid CompanyId,
    string Reference,
    int SeniorityYears,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    DateTime AvailabilityConfirmedAt,
    IReadOnlyList<(string Code, CefrLevel Level)> Languages,
    IReadOnlyList<(int SkillId, int Level)> Skills);
