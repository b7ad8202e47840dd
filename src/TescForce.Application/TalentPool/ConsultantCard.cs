using TescForce.Domain.Consultants;

namespace TescForce.Application.TalentPool;

/// <summary>
/// The anonymous card clients see: no name, no e-mail, no company, no external reference. The
/// reference is random, so it reveals neither the company nor the order of registration.
/// </summary>
public sealed record ConsultantCard(
    string Reference,
    string Headline,
    int SeniorityYears,
    string City,
    RemotePreference RemotePreference,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    int CapacityPercent,
    int DailyRateEur,
    IReadOnlyList<CardSkill> Skills,
    IReadOnlyList<CardLanguage> Languages,
    IReadOnlyList<string> Sectors);

public sealed record CardSkill(int SkillTagId, int Level, int Years);

public sealed record CardLanguage(string Code, CefrLevel Level);
