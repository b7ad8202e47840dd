namespace TescForce.Domain.Consultants;

/// <summary>A language (ISO 639-1 code, lower case) at a CEFR level.</summary>
public sealed class ConsultantLanguage
{
    public Guid ConsultantId { get; set; }

    public required string Code { get; set; }

    public CefrLevel Level { get; set; }
}
