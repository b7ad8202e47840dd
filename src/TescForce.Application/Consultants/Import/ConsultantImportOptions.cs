namespace TescForce.Application.Consultants.Import;

/// <param name="AllOrNothing">Import nothing at all when any row has an error.</param>
/// <param name="Language">"en" or "fr": the language of the skill suggestions.</param>
public sealed record ConsultantImportOptions(bool AllOrNothing = false, string Language = "en");
