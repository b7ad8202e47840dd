using Microsoft.EntityFrameworkCore;
using TescForce.Domain.Companies;
using TescForce.Domain.Consultants;
using TescForce.Infrastructure.Data;
using TescForce.Infrastructure.DemoData;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Commands;

namespace TescForce.IntegrationTests.Commands;

public sealed class MigrateAndSeedDemoCommandTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Migrate_on_an_empty_database_creates_the_schema_roles_and_taxonomy_without_demo_data(DatabaseProvider provider)
    {
        var database = await Fixture.CreateEmptyAsync(provider);
        await using var host = CommandHost.For(database);

        var result = await host.RunAsync(["migrate"]);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Output.ShouldContain("Migrations: applied");
        await using var db = database.CreateDbContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Roles.Select(r => r.Name).ToListAsync()).ShouldBe(["Curator", "CompanyMember", "ClientMember"], ignoreOrder: true);
        (await db.SkillTags.CountAsync()).ShouldBeGreaterThan(1000);
        (await db.MemberCompanies.CountAsync()).ShouldBe(0);
        (await db.Consultants.CountAsync()).ShouldBe(0);
        (await db.Users.CountAsync()).ShouldBe(0);
    }

    [Theory, BothProviders]
    public async Task Migrate_a_second_time_changes_nothing_and_succeeds(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);
        (await host.RunAsync(["migrate"])).ExitCode.ShouldBe(ExitCodes.Success);

        var second = await host.RunAsync(["migrate"]);

        second.ExitCode.ShouldBe(ExitCodes.Success, second.Error);
        second.Output.ShouldContain("Migrations: already up to date");
        second.Output.ShouldContain("Roles: already present.");
        second.Output.ShouldContain("Skill taxonomy: already up to date.");
        second.Error.ShouldBeEmpty();
    }

    [Theory, BothProviders]
    public async Task Seed_demo_generates_the_requested_number_of_consultants_and_prints_the_counts(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);

        var result = await host.RunAsync(["seed-demo", "--consultants", "50"]);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Output.ShouldContain("40 companies, 50 consultants");
        (await CountAsync<Consultant>(database)).ShouldBe(50);
        (await CountAsync<MemberCompany>(database)).ShouldBe(40);
    }

    [Theory, BothProviders]
    public async Task Seed_demo_refuses_a_database_that_already_has_demo_data_and_writes_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);
        (await host.RunAsync(["seed-demo", "--consultants", "20", "--companies", "5"])).ExitCode.ShouldBe(ExitCodes.Success);

        var refusal = await SeedDemoRefusalAsync(database, host, consultantsLeft: 20);

        refusal.ShouldContain("already holds demo data");
    }

    [Theory, BothProviders]
    public async Task Seed_demo_refuses_a_database_whose_consultants_are_not_demo_data(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        await using var host = CommandHost.For(database);
        (await host.RunAsync(["seed-demo", "--consultants", "3", "--companies", "2"])).ExitCode.ShouldBe(ExitCodes.Success);
        // The same consultants, no longer marked as demo data: as a real database would hold them.
        await ExecuteDbContextAsync(database, db =>
            db.ReferenceDataImports.Where(i => i.Source == DemoDataGenerator.MarkerSource).ExecuteDeleteAsync());

        var refusal = await SeedDemoRefusalAsync(database, host, consultantsLeft: 3);

        refusal.ShouldContain("already holds 3 consultants that are not demo data");
    }

    /// <summary>Runs a seed-demo that must be refused (exit code 1, the consultants left as they were) and returns its one line.</summary>
    private static async Task<string> SeedDemoRefusalAsync(TestDatabase database, CommandHost host, int consultantsLeft)
    {
        var result = await host.RunAsync(["seed-demo", "--consultants", "30"]);
        result.ExitCode.ShouldBe(ExitCodes.Failure);
        (await CountAsync<Consultant>(database)).ShouldBe(consultantsLeft);
        return result.ErrorLines.ShouldHaveSingleItem();
    }
}
