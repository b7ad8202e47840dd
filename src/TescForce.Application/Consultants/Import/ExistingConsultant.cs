using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants.Import;

/// <summary>A profile of the company as the import compares a row with it.</summary>
public sealed record ExistingConsultant(Guid Id, ConsultantStatus Status, ConsultantInput Input, DateOnly? ConsentDate, string? ConsentMethod)
{
    internal static ExistingConsultant From(Consultant consultant) => new(
        consultant.Id, consultant.Status, ConsultantMapper.ToInput(consultant),
        consultant.ConsentRecordedAt is { } at ? DateOnly.FromDateTime(at) : null, consultant.ConsentMethod);
}
