using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using TescForce.IntegrationTests.Infrastructure;
using TescForce.Web.Commands;
using TescForce.Web.Hosting;

namespace TescForce.IntegrationTests.Commands;

/// <summary>
/// The host as Program builds it for a command (same services, same quiet logging) on a test database,
/// never started; <see cref="RunAsync"/> goes through <see cref="HostCommands.RunAsync"/> as Program does,
/// with the console's streams, input and environment variables in memory.
/// </summary>
internal sealed class CommandHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CommandHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static CommandHost For(TestDatabase database) =>
        For(database.Provider.ToString(), database.ConnectionString);

    public static CommandHost For(string provider, string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:TescForce"] = connectionString,
        });
        builder.Configuration.ConfigureForCommand([]);
        builder.AddTescForceServices();
        return new CommandHost(builder.Build());
    }

    public async Task<CommandResult> RunAsync(string[] args, string input = "", IReadOnlyDictionary<string, string>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var console = new CommandConsole(output, error, reader, isInputRedirected: true,
            name => environment?.GetValueOrDefault(name));
        var exitCode = await HostCommands.RunAsync(_app.Services, args, console);
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
