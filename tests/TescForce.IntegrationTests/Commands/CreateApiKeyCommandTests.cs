using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TescForce.Application.ApiKeys;
using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Commands;

namespace TescForce.IntegrationTests.Commands;

public sealed class CreateApiKeyCommandTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory, BothProviders]
    public async Task Creates_a_key_for_a_company_by_SIREN_and_for_a_client_by_id_printed_once_on_the_last_line(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var (company, _) = await TestData.InsertCompanyAsync(database, "Keyed by SIREN");
        var (client, _) = await TestData.InsertClientAsync(database, "Keyed by id");
        await using var host = CommandHost.For(database);
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var forCompany = await host.RunAsync(["create-api-key", "--organisation", company.Siren, "--name", "HR sync", "--expires", expires]);
        var forClient = await host.RunAsync(["create-api-key", "--organisation", client.Id.ToString(), "--name", "Mission feed"]);

        forCompany.ExitCode.ShouldBe(ExitCodes.Success, forCompany.Error);
        forClient.ExitCode.ShouldBe(ExitCodes.Success, forClient.Error);
        forCompany.Output.ShouldContain("Keyed by SIREN");
        forCompany.Output.ShouldContain($"valid until {expires}");
        var companyKey = forCompany.Output.TrimEnd().Split('\n')[^1].Trim();
        var clientKey = forClient.Output.TrimEnd().Split('\n')[^1].Trim();
        await using var scope = host.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        (await keys.AuthenticateAsync(companyKey)).ShouldNotBeNull().CompanyId.ShouldBe(company.Id);
        (await keys.AuthenticateAsync(clientKey)).ShouldNotBeNull().ClientId.ShouldBe(client.Id);
        var stored = await ExecuteDbContextAsync(database, db => db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync());
        stored.Select(k => (k.Name, k.CreatedByUserId)).ShouldBe([("HR sync", "system:cli"), ("Mission feed", "system:cli")]);
        stored.ShouldAllBe(k => !k.SecretHash.Contains(k.Prefix));
    }

    [Theory, BothProviders]
    public async Task Refuses_an_unknown_organisation_a_bad_date_and_a_missing_name_and_creates_nothing(DatabaseProvider provider)
    {
        var database = await Fixture.UseAsync(provider);
        var (company, _) = await TestData.InsertCompanyAsync(database, "Careful");
        await using var host = CommandHost.For(database);

        var unknown = await host.RunAsync(["create-api-key", "--organisation", "999999999", "--name", "X"]);
        var notAnId = await host.RunAsync(["create-api-key", "--organisation", "acme", "--name", "X"]);
        var badDate = await host.RunAsync(["create-api-key", "--organisation", company.Siren, "--name", "X", "--expires", "next week"]);
        var pastDate = await host.RunAsync(["create-api-key", "--organisation", company.Siren, "--name", "X", "--expires", "2020-01-01"]);
        var noName = await host.RunAsync(["create-api-key", "--organisation", company.Siren]);
        var blankName = await host.RunAsync(["create-api-key", "--organisation", company.Siren, "--name", " "]);

        unknown.ExitCode.ShouldBe(ExitCodes.Failure);
        unknown.Error.ShouldContain("no member company with the SIREN '999999999'");
        notAnId.ExitCode.ShouldBe(ExitCodes.Failure);
        badDate.ExitCode.ShouldBe(ExitCodes.Failure);
        badDate.Error.ShouldContain("yyyy-MM-dd");
        pastDate.ExitCode.ShouldBe(ExitCodes.Failure);
        pastDate.Error.ShouldContain("must be in the future");
        noName.ExitCode.ShouldBe(ExitCodes.Usage);
        blankName.ExitCode.ShouldBe(ExitCodes.Usage); // a blank value is a missing value for the parser
        blankName.Error.ShouldContain("--name");
        (await ExecuteDbContextAsync(database, db => db.ApiKeys.CountAsync())).ShouldBe(0);
    }
}
