using Microsoft.EntityFrameworkCore;
using TescForce.Application.Common;
using TescForce.Application.Common.Persistence;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Domain.Identity;
using TescForce.Domain.Missions;
using TescForce.Domain.Privacy;

namespace TescForce.Application.Curation;

/// <summary>The curators' queues at a glance: counts and the age of the oldest item, so the longest wait is seen first.</summary>
public sealed class CurationQueues(IAppDbFactory dbFactory, TimeProvider clock)
{
    public async Task<CurationQueueSummary> GetAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.RequireRole(Roles.Curator);
        await using var db = await dbFactory.CreateAsync(actor, cancellationToken);

        var companies = db.MemberCompanies.AsNoTracking().Where(c => c.Status == CompanyStatus.Pending);
        var clients = db.ClientOrganisations.AsNoTracking().Where(c => c.Status == ClientStatus.Pending);
        // A submitted profile's last change is its submission: editing sends it back to draft.
        var profiles = db.Consultants.AsNoTracking().Where(c => c.Status == ConsultantStatus.Submitted);
        var missions = db.Missions.AsNoTracking().Where(m => m.Status == MissionStatus.Submitted);
        var requests = db.PersonalDataRequests.AsNoTracking().Where(r => r.Status == PersonalDataRequestStatus.Received);
        var now = clock.GetUtcNow().UtcDateTime;

        return new CurationQueueSummary(
            new QueueStatus(await companies.CountAsync(cancellationToken), await companies.MinAsync(c => (DateTime?)c.CreatedAt, cancellationToken)),
            new QueueStatus(await clients.CountAsync(cancellationToken), await clients.MinAsync(c => (DateTime?)c.CreatedAt, cancellationToken)),
            new QueueStatus(await profiles.CountAsync(cancellationToken), await profiles.MinAsync(c => (DateTime?)c.UpdatedAt, cancellationToken)),
            new QueueStatus(await missions.CountAsync(cancellationToken), await missions.MinAsync(m => m.SubmittedAt, cancellationToken),
                await missions.CountAsync(m => m.Flagged, cancellationToken)),
            new QueueStatus(await requests.CountAsync(cancellationToken), await requests.MinAsync(r => (DateTime?)r.ReceivedAt, cancellationToken),
                await requests.CountAsync(r => r.DueAt < now, cancellationToken)));
    }
}
