using Serilog;
using TescForce.Application;
using TescForce.Infrastructure;
using TescForce.Web.Commands;

namespace TescForce.Web.Hosting;

public static class WebApplicationBuilderExtensions
{
    /// <summary>Every service of the host, for the server and the administration commands alike.</summary>
    public static WebApplicationBuilder AddTescForceServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .WriteToOtlpWhenConfigured(builder.Configuration));
        builder.AddTescForceTelemetry();
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        builder.Services.AddWebServices(builder.Configuration);
        builder.Services.AddHostCommands();
        return builder;
    }
}
