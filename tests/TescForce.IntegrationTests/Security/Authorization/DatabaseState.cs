using Microsoft.EntityFrameworkCore;

namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>
/// What a write could change, read back from the database: every consultant, mission and introduction with its version or status,
/// and the counts of shortlists, notifications and personal-data requests. <see cref="OfB"/> is the part that belongs to company B
/// and client B, which no actor of the table (all of A, or anonymous) may ever change.
/// </summary>
public sealed record DatabaseState(string All, string OfB)
{
    public static async Task<DatabaseState> ReadAsync(AuthorizationScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await using var db = scenario.Database.CreateDbContext();
        var consultants = (await db.Consultants.AsNoTracking().Select(c => new { c.Id, c.CompanyId, c.Version, c.Status }).ToListAsync())
            .Select(c => (Line: $"consultant {c.Id} v{c.Version} {c.Status}", OfB: c.CompanyId == scenario.CompanyB));
        var missions = (await db.Missions.AsNoTracking().Select(m => new { m.Id, m.ClientId, m.Version, m.Status }).ToListAsync())
            .Select(m => (Line: $"mission {m.Id} v{m.Version} {m.Status}", OfB: m.ClientId == scenario.ClientB));
        var introductions = (await db.Introductions.AsNoTracking().Select(i => new { i.Id, i.ClientId, i.CompanyId, i.Status }).ToListAsync())
            .Select(i => (Line: $"introduction {i.Id} {i.Status}", OfB: i.ClientId == scenario.ClientB || i.CompanyId == scenario.CompanyB));
        var counts = new[]
        {
            (Line: $"shortlisted {await db.ShortlistEntries.CountAsync()}", OfB: false),
            (Line: $"notifications {await db.Notifications.CountAsync()}", OfB: false),
            (Line: $"personal-data requests {await db.PersonalDataRequests.CountAsync()}", OfB: false),
        };
        var lines = consultants.Concat(missions).Concat(introductions).Concat(counts).OrderBy(l => l.Line, StringComparer.Ordinal).ToList();
        return new DatabaseState(string.Join('\n', lines.Select(l => l.Line)), string.Join('\n', lines.Where(l => l.OfB).Select(l => l.Line)));
    }
}
