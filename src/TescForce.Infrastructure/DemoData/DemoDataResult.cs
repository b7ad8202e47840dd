namespace TescForce.Infrastructure.DemoData;

/// <summary>What a run of the generator did.</summary>
/// <param name="Skipped">The database already had demo data: nothing was written.</param>
/// <param name="Companies">Companies of the demo data, the existing demo company included.</param>
/// <param name="Consultants">Consultants written.</param>
/// <param name="ConsultantSkills">Skill lines written (about 11 per consultant).</param>
/// <param name="Elapsed">Wall-clock time, loading the taxonomy included.</param>
public sealed record DemoDataResult(bool Skipped, int Companies, int Consultants, int ConsultantSkills, TimeSpan Elapsed);
