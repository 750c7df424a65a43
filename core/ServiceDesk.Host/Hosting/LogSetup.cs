using Serilog;
using Serilog.Formatting.Compact;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Host.Hosting;

/// <summary>Serilog: readable lines on the console, structured JSON in a daily file under the data directory.</summary>
public static class LogSetup
{
    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration, ServiceDeskOptions options) =>
        logger.ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(options.FullDataPath, "logs", "servicedesk-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31);
}
