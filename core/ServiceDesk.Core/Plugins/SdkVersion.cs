using System.Reflection;
using Semver;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>The version of the plugin SDK (ServiceDesk.Abstractions) this host provides.</summary>
public static class SdkVersion
{
    public static SemVersion Current { get; } = Read();

    private static SemVersion Read()
    {
        var assembly = typeof(IServiceDeskPlugin).Assembly;
        // The informational version is the project's <Version>, followed by "+commit" when the build knows it.
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
        return SemVersion.Parse(informational ?? assembly.GetName().Version!.ToString(3), SemVersionStyles.Strict);
    }
}
