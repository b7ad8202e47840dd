namespace TescForce.Application.Consultants;

/// <summary>The outcome of a bulk action: which profiles it changed and why the others were left alone.</summary>
public sealed record BulkResult(int Succeeded, IReadOnlyList<BulkFailure> Failures);

public sealed record BulkFailure(Guid Id, string Reference, string Message);
