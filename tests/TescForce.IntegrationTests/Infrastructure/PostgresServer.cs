using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>
/// Where the PostgreSQL tests run: the server named by <c>TESCFORCE_TEST_POSTGRES</c> (what
/// <c>./build.sh test</c> provides), else a throw-away <c>postgres:16-alpine</c> container started
/// with Testcontainers. When neither is possible the tests fail with a message; they never skip.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "TESCFORCE_TEST_POSTGRES";

    private readonly PostgreSqlContainer? _container;

    private PostgresServer(string adminConnectionString, PostgreSqlContainer? container)
    {
        AdminConnectionString = adminConnectionString;
        _container = container;
    }

    /// <summary>A connection string with the right to create and drop databases.</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new PostgresServer(fromEnvironment, null);
        }

        PostgreSqlContainer? container = null;
        try
        {
            container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
        }
        catch (Exception ex) when (ex is DockerUnavailableException || ex.InnerException is DockerUnavailableException)
        {
            if (container is not null)
            {
                await container.DisposeAsync();
            }

            throw new InvalidOperationException(
                $"The integration tests need PostgreSQL and none is available. Either set {EnvironmentVariable} to a " +
                "connection string of a server where the user may create databases (for example " +
                "\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\"), or start a Docker engine so that " +
                "Testcontainers can run postgres:16-alpine, or run ./build.sh test, which provisions a local cluster.",
                ex);
        }

        return new PostgresServer(container.GetConnectionString(), container);
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
