namespace TescForce.Application.Privacy;

/// <summary>What one run of <see cref="ConsultantRetention"/> did.</summary>
public sealed record RetentionRun(int NoticesSent, int Anonymised);
