using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.Common;
using TescForce.Application.Consultants;
using TescForce.Application.Missions;
using TescForce.Domain.Consultants;
using TescForce.Domain.Missions;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>The usual start of a demand-side test: a verified client with an open mission, an approved company with a consultant who fits it.</summary>
public sealed record DemandSideScenario(Guid MissionId, ActingUser Client, ActingUser Member, Guid ConsultantId, string Reference)
{
    public static async Task<DemandSideScenario> OpenMissionWithCandidateAsync(
        TestDatabase database, IServiceProvider services, string clientName = "Curious Client", string companyName = "Supplier",
        string consultantName = "Inès Candidate", string missionTitle = "Kubernetes platform engineer")
    {
        var skill = (await TestData.SkillIdsAsync(database, "tescforce:kubernetes"))[0];
        var (_, client) = await TestData.InsertClientAsync(database, clientName);
        var (_, member) = await TestData.InsertCompanyAsync(database, companyName);
        var consultants = services.GetRequiredService<ConsultantService>();
        var consultantId = await TestData.PublishAsync(consultants, member, TestData.Input(consultantName, skill));
        var missions = services.GetRequiredService<MissionService>();
        var missionId = await missions.CreateAsync(client, new MissionInput
        {
            Title = missionTitle,
            Skills = [new MissionSkillInput { SkillTagId = skill, Importance = SkillImportance.MustHave }],
            Languages = [new MissionLanguageInput { Code = "en", MinLevel = CefrLevel.B2 }],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        });
        await using (var db = database.CreateDbContext())
        {
            (await db.Missions.SingleAsync(m => m.Id == missionId)).Status = MissionStatus.Open;
            await db.SaveChangesAsync();
        }

        return new DemandSideScenario(missionId, client, member, consultantId, (await consultants.GetAsync(member, consultantId)).Reference);
    }
}
