using Serilog;
using TescForce.Application;
using TescForce.Infrastructure;
using TescForce.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddWebServices(builder.Configuration);

var app = builder.Build();

app.UseWebPipeline();
app.MapWebEndpoints();

await app.InitialiseDatabaseAsync();
await app.RunAsync();
