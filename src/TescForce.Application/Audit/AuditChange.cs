namespace TescForce.Application.Audit;

/// <summary>One property of an entry: its value before and after (empty when it did not exist on that side).</summary>
public sealed record AuditChange(string Property, string Before, string After);
