using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Audit;

namespace TescForce.Application.Privacy;

/// <summary>Gathers <see cref="PersonalDataExport"/> for one consultant, and writes it as JSON.</summary>
internal static class PersonalDataExporter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<PersonalDataExport> GatherAsync(IAppDb db, Guid consultantId, DateTime now, CancellationToken cancellationToken)
    {
        var c = await db.Consultants.AsNoTracking().Include(x => x.Skills).Include(x => x.Languages)
            .SingleAsync(x => x.Id == consultantId, cancellationToken);
        var companyName = await db.MemberCompanies.Where(m => m.Id == c.CompanyId).Select(m => m.Name).SingleAsync(cancellationToken);
        var skillIds = c.Skills.Select(s => s.SkillTagId).ToList();
        var labels = await db.SkillTags.AsNoTracking().Where(t => skillIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.LabelEn, cancellationToken);
        var introductions = await db.Introductions.AsNoTracking().Include(i => i.History)
            .Where(i => i.ConsultantId == consultantId).OrderBy(i => i.RequestedAt).ToListAsync(cancellationToken);
        var missionIds = introductions.Select(i => i.MissionId).Distinct().ToList();
        var missions = await db.Missions.AsNoTracking().Where(m => missionIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Title, cancellationToken);
        var id = consultantId.ToString();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ObjectType == AuditObjectTypes.Consultant && e.ObjectId == id)
            .OrderBy(e => e.At).ToListAsync(cancellationToken);

        return new PersonalDataExport(PersonalDataExport.CurrentSchema, now,
            new ExportedConsultant(c.Id, c.Reference, c.ExternalReference, c.FullName, c.Email, c.CompanyId, companyName, c.Headline,
                c.Summary, c.SeniorityYears, c.City, c.CountryCode, c.RemotePreference, c.DailyRateEur, c.TimeZone, c.WorkdayStart,
                c.WorkdayEnd, c.Sectors, c.Certifications, c.Status, c.RejectionReason, c.CreatedAt, c.UpdatedAt, c.PublishedAt),
            [.. c.Skills.OrderBy(s => s.SkillTagId).Select(s => new ExportedSkill(s.SkillTagId, labels.GetValueOrDefault(s.SkillTagId, ""), s.Level, s.Years))],
            [.. c.Languages.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l => new ExportedLanguage(l.Code, l.Level))],
            new ExportedAvailability(c.AvailableFrom, c.AvailableUntil, c.CapacityPercent, c.AvailabilityConfirmedAt),
            new ExportedConsent(c.ConsentRecordedAt, c.ConsentMethod),
            [.. introductions.Select(i => new ExportedIntroduction(i.Id, i.MissionId, missions.GetValueOrDefault(i.MissionId, ""), i.Status,
                i.Message, i.DeclineReason, i.RequestedAt, i.RespondedAt,
                [.. i.History.OrderBy(h => h.At).Select(h => new ExportedIntroductionEvent(h.Status, h.At, h.Note))]))],
            [.. audit.Select(e => new ExportedAuditEntry(e.At, e.ActorName, e.Action, e.Summary, e.Before, e.After))]);
    }

    public static byte[] ToJson(PersonalDataExport export) => JsonSerializer.SerializeToUtf8Bytes(export, Json);
}
