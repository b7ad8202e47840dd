using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TescForce.IntegrationTests.Infrastructure;

namespace TescForce.IntegrationTests.Scaling;

/// <summary>
/// One instance of the real app on Kestrel, on a free loopback port, as a load balancer would see it: several nodes on
/// one test database make a cluster.
/// </summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly TescForceWebApplicationFactory _app;

    public ClusterNode(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _app = new TescForceWebApplicationFactory(database, environment: "Production", settings: settings);
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>A real HTTP client to this node's port, keeping its cookies in <paramref name="cookies"/> when given.</summary>
    public HttpClient Http(CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = BaseAddress,
        };

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
