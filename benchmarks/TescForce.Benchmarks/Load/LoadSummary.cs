namespace TescForce.Benchmarks.Load;

/// <summary>The measured calls of a <c>load-api</c> run: how many, how many failed, and the latency percentiles in milliseconds.</summary>
internal sealed record LoadSummary(int Requests, int Errors, double P50, double P95, double P99, double Max, string? FirstError);
