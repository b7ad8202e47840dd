using Microsoft.Extensions.Configuration;
using TescForce.Infrastructure.Data;

namespace TescForce.UnitTests.Infrastructure;

public sealed class ConnectionStringsTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"tescforce-unit-{Guid.NewGuid():N}");

    [Fact]
    public void WithNothingConfigured_SqliteUsesAFileUnderAppData_AndCreatesTheFolder()
    {
        var connectionString = ConnectionStrings.Resolve(Configuration(), DatabaseProvider.Sqlite, _contentRoot);

        connectionString.ShouldContain(Path.Combine(_contentRoot, "App_Data", "tescforce.db"));
        Directory.Exists(Path.Combine(_contentRoot, "App_Data")).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=/data/x.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=db;Database=tescforce")]
    public void AConfiguredConnectionString_Wins(DatabaseProvider provider, string configured)
    {
        var connectionString = ConnectionStrings.Resolve(
            Configuration(("ConnectionStrings:TescForce", configured)), provider, _contentRoot);

        connectionString.ShouldBe(configured);
        Directory.Exists(_contentRoot).ShouldBeFalse();
    }

    [Fact]
    public void PostgreSqlWithoutAConnectionString_FailsWithAMessageThatNamesTheSetting()
    {
        Should.Throw<InvalidOperationException>(() => ConnectionStrings.Resolve(Configuration(), DatabaseProvider.PostgreSql, _contentRoot))
            .Message.ShouldContain("ConnectionStrings:TescForce");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }
}
