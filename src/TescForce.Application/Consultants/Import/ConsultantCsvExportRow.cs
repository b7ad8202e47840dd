using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants.Import;

/// <summary>What the export writes for one profile.</summary>
/// <param name="SkillLabel">The label written for a skill id: one that the import resolves back to that same skill.</param>
internal sealed record ConsultantCsvExportRow(
    ConsultantInput Input,
    string Reference,
    ConsultantStatus Status,
    DateOnly? ConsentDate,
    string? ConsentMethod,
    Func<int, string> SkillLabel);
