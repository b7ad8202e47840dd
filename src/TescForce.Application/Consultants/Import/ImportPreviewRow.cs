namespace TescForce.Application.Consultants.Import;

/// <summary>One of the first valid rows, shown before the import so that the user sees the columns landed right.</summary>
public sealed record ImportPreviewRow(
    int Line,
    ImportRowAction Action,
    string ExternalReference,
    string FullName,
    string Headline,
    string City,
    int DailyRateEur,
    DateOnly AvailableFrom,
    int SkillCount,
    int LanguageCount);
