namespace TescForce.Application.Consultants.Import;

/// <summary>What the import does with one row.</summary>
/// <param name="Input">The profile to write: the row merged with the current profile for an update.</param>
/// <param name="ExistingId">The profile an update or unchanged row is about.</param>
/// <param name="Consent">The consent to record, when the row gives one that the profile does not have yet.</param>
public sealed record PlannedImportRow(
    int Line,
    ImportRowAction Action,
    ConsultantInput Input,
    Guid? ExistingId,
    (DateOnly Date, string Method)? Consent,
    IReadOnlyList<ImportIssue> Errors);
