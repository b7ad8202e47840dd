namespace TescForce.Application.Curation;

/// <summary>One field that differs from the version the curators last decided on; values as the reviewer reads them.</summary>
/// <param name="Field">The field's name in the form (camel case, as the API names it).</param>
public sealed record FieldChange(string Field, string? Before, string? After);
