using TescForce.Web.Commands;
using TescForce.Web.Hosting;

// `TescForce.Web <command> [options]` runs an administration command with the server's configuration and
// services, then exits; anything else (nothing, or settings such as --urls) starts the server.
var isCommand = HostCommands.IsCommandLine(args);
// A command's options are its own, not settings: `--email x` would otherwise set the Email section.
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
if (isCommand)
{
    builder.Configuration.ConfigureForCommand(args);
}

builder.AddTescForceServices();

var app = builder.Build();

if (isCommand)
{
    return await HostCommands.RunFromConsoleAsync(app.Services, args);
}

app.UseWebPipeline();
app.MapWebEndpoints();

await app.InitialiseDatabaseAsync();
await app.RunAsync();
return 0;
