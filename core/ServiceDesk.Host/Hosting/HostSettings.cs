namespace ServiceDesk.Host.Hosting;

/// <summary>What the command line says about where and how to run, before any configuration is read.</summary>
/// <param name="DataPath">The --data option, if given.</param>
/// <param name="ConfigurationArguments">Unparsed "--Section:Key=value" arguments for configuration.</param>
public sealed record HostSettings(string? DataPath, IReadOnlyList<string> ConfigurationArguments);
