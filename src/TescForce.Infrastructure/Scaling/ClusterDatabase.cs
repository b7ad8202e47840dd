using Npgsql;

namespace TescForce.Infrastructure.Scaling;

/// <summary>
/// The connections the instances of a deployment use to talk to each other through PostgreSQL, apart from EF Core's:
/// a small pool for notifications and advisory locks, and the connection string of the one long-lived listening
/// connection (unpooled, so that a connection that listened never goes back to a pool).
/// </summary>
internal sealed class ClusterDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "TescForce cluster",
        MaxPoolSize = 10,
    }.ToString()).Build();

    public string ListenerConnectionString { get; } = new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "TescForce listener",
        Pooling = false,
        // Detects a dead server or a dropped connection even when no notification comes for a long time.
        KeepAlive = 30,
    }.ToString();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
