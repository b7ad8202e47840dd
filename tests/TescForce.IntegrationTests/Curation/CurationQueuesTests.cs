using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Curation;
using TescForce.Domain.Clients;
using TescForce.Domain.Companies;
using TescForce.Domain.Missions;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Curation;

/// <summary>The dashboard's queues: what waits, how long the oldest has waited, how many missions are flagged.</summary>
public sealed class CurationQueuesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Each_queue_counts_what_waits_and_dates_its_oldest_item(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var app = new TescForceWebApplicationFactory(database, environment: "Production");
        await using var scope = app.Services.CreateAsyncScope();
        var queues = scope.ServiceProvider.GetRequiredService<CurationQueues>();
        var (oldest, _) = await TestData.InsertCompanyAsync(database, "Waiting Long", CompanyStatus.Pending);
        await TestData.InsertCompanyAsync(database, "Waiting Less", CompanyStatus.Pending);
        await TestData.InsertCompanyAsync(database, "Approved Already");
        await TestData.InsertClientAsync(database, "Pending Client", ClientStatus.Pending);
        var scenario = await DemandSideScenario.OpenMissionWithCandidateAsync(database, scope.ServiceProvider);
        var threeDaysAgo = DateTime.UtcNow.AddDays(-3);
        await ExecuteDbContextAsync(database, async db =>
        {
            (await db.MemberCompanies.SingleAsync(c => c.Id == oldest.Id)).CreatedAt = threeDaysAgo;
            var mission = await db.Missions.SingleAsync(m => m.Id == scenario.MissionId);
            mission.Status = MissionStatus.Submitted;
            mission.SubmittedAt = threeDaysAgo.AddHours(1);
            mission.Flagged = true;
            return await db.SaveChangesAsync();
        });

        var summary = await queues.GetAsync(TestData.Curator);

        summary.Companies.Count.ShouldBe(2);
        summary.Companies.OldestSince!.Value.ShouldBe(threeDaysAgo, TimeSpan.FromSeconds(1));
        summary.Clients.Count.ShouldBe(1);
        summary.Profiles.Count.ShouldBe(0);
        summary.Profiles.OldestSince.ShouldBeNull();
        summary.Missions.ShouldBe(new QueueStatus(1, summary.Missions.OldestSince, Flagged: 1));
        summary.Missions.OldestSince!.Value.ShouldBe(threeDaysAgo.AddHours(1), TimeSpan.FromSeconds(1));
        await Should.ThrowAsync<ForbiddenAccessException>(() => queues.GetAsync(scenario.Client));
        await Should.ThrowAsync<ForbiddenAccessException>(() => queues.GetAsync(scenario.Member));
    }
}
