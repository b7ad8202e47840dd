using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Application.Skills;
using TescForce.Domain.Consultants;

namespace TescForce.Application.Consultants.Import;

/// <summary>
/// The company's consultants as a CSV file in the import format, so that a file exported and imported
/// again changes nothing; and the import template.
/// </summary>
public sealed class ConsultantExportService(IAppDbFactory dbFactory, SkillCatalogue catalogue, TimeProvider clock)
{
    /// <param name="language">"en" or "fr": the language of the skill labels.</param>
    /// <param name="includeArchived">Archived profiles are left out unless asked for, as in the list.</param>
    public async Task<CsvFile> ExportAsync(ActingUser actor, string language, bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        var companyId = actor.RequireOwnCompany();
        language = language == "fr" ? "fr" : "en";
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var companyName = await db.MemberCompanies.Where(m => m.Id == companyId).Select(m => m.Name).SingleAsync(cancellationToken);
        var consultants = await db.Consultants.AsNoTracking().Include(c => c.Skills).Include(c => c.Languages).AsSplitQuery()
            .Where(c => c.CompanyId == companyId && (includeArchived || c.Status != ConsultantStatus.Archived))
            .OrderBy(c => c.ExternalReference).ThenBy(c => c.FullName).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);

        var skillIds = consultants.SelectMany(c => c.Skills).Select(s => s.SkillTagId).Distinct().ToList();
        var skillLabel = await CreateSkillLabellerAsync(skillIds, language, cancellationToken);
        var rows = consultants.Select(c => new ConsultantCsvExportRow(
            ConsultantMapper.ToInput(c), c.Reference, c.Status,
            c.ConsentRecordedAt is { } at ? DateOnly.FromDateTime(at) : null, c.ConsentMethod, skillLabel));
        return new CsvFile(FileName("consultants", companyName), ConsultantCsvWriter.Write(rows));
    }

    public CsvFile Template(ActingUser actor)
    {
        actor.RequireOwnCompany();
        return new CsvFile("consultants-import-template.csv", ConsultantCsvWriter.Template(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    /// <summary>
    /// The label to write for each skill: the one of the chosen language, else of the other, that the
    /// import resolves back to the same skill; for the few labels two skills share, the skill's id.
    /// </summary>
    private async Task<Func<int, string>> CreateSkillLabellerAsync(List<int> skillIds, string language, CancellationToken cancellationToken)
    {
        var preferred = await catalogue.LabelsAsync(skillIds, language, cancellationToken);
        var other = await catalogue.LabelsAsync(skillIds, language == "fr" ? "en" : "fr", cancellationToken);
        var resolve = await catalogue.CreateResolverAsync(language, cancellationToken);
        var labels = new Dictionary<int, string>();
        foreach (var id in skillIds)
        {
            var candidates = new[] { preferred.GetValueOrDefault(id), other.GetValueOrDefault(id) };
            labels[id] = candidates.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && IsWritable(l) && resolve(l).SkillId == id)
                ?? ConsultantCsvFormat.SkillIdPrefix + id.ToString(CultureInfo.InvariantCulture);
        }

        return id => labels[id];
    }

    /// <summary>A label holding a list separator would be cut in two when read back.</summary>
    private static bool IsWritable(string label) => !label.Contains(ConsultantCsvFormat.ListSeparator, StringComparison.Ordinal);

    /// <summary><c>consultants-aerosoft-conseil-20261126.csv</c>: ASCII only, so every browser keeps it as it is.</summary>
    private string FileName(string prefix, string companyName)
    {
        var slug = new StringBuilder();
        foreach (var c in companyName.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        name = name.Length == 0 ? "company" : name[..Math.Min(name.Length, 40)].TrimEnd('-');
        return $"{prefix}-{name}-{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv";
    }
}
