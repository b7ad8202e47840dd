using TescForce.Infrastructure.Data;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>
/// One seeded scenario and one running app per provider for the whole access table (hundreds of requests), instead of one per
/// line. The tests of one collection run one class at a time, so no other test empties the database while this class runs.
/// </summary>
public sealed class AuthorizationScenarios : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<AuthorizationScenario>> _scenarios = [];
    private readonly Lock _lock = new();

    public Task<AuthorizationScenario> ForAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_scenarios.TryGetValue(provider, out var scenario))
            {
                scenario = SeedAsync(fixture, provider);
                _scenarios[provider] = scenario;
            }

            return scenario;
        }
    }

    private static async Task<AuthorizationScenario> SeedAsync(DatabaseFixture fixture, DatabaseProvider provider) =>
        await AuthorizationScenario.SeedAsync(await fixture.UseAsync(provider));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var scenario in _scenarios.Values)
        {
            if (scenario.IsCompletedSuccessfully)
            {
                await (await scenario).DisposeAsync();
            }
        }
    }
}
