using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Loads plugins with McMaster.NETCore.Plugins: one loader (and load context) per plugin, from the absolute path of its
/// entry assembly. Assemblies the host has (the SDK, ASP.NET Core, Microsoft.Extensions.*, EF Core) resolve to the
/// host's copies, so that the plugin's services and the host's are the same types; the plugin's other dependencies
/// load from its own folder, in whatever version it ships, beside other plugins' versions of them.
/// </summary>
public sealed class McMasterPluginAssemblyLoader : IPluginAssemblyLoader
{
    private static readonly Type[] SharedTypes =
        [typeof(IServiceDeskPlugin), typeof(IServiceCollection), typeof(IEndpointRouteBuilder), typeof(IConfiguration), typeof(ILogger)];

    public IServiceDeskPlugin Load(string directory, PluginManifest manifest)
    {
        var path = Path.GetFullPath(Path.Combine(directory, manifest.EntryAssembly));
        Assembly assembly;
        Type[] types;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config => config.PreferSharedTypes = true);
            assembly = loader.LoadDefaultAssembly();
            // All types at once, now: a plugin built against another SDK fails here with a reason, not later in a
            // request with a MissingMethodException.
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException error)
        {
            var first = error.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? error.Message;
            throw new PluginLoadException($"Its code does not fit this host (built against another SDK or library?): {first}", error);
        }
        catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new PluginLoadException($"Its entry assembly could not be loaded: {error.Message}", error);
        }

        var entries = types.Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IServiceDeskPlugin).IsAssignableFrom(t)).ToList();
        if (entries.Count != 1)
        {
            throw new PluginLoadException(
                $"{manifest.EntryAssembly} must have exactly one public class implementing {nameof(IServiceDeskPlugin)}; it has {entries.Count}.");
        }

        try
        {
            return (IServiceDeskPlugin)Activator.CreateInstance(entries[0])!;
        }
        catch (Exception error) when (error is TargetInvocationException or MissingMethodException)
        {
            throw new PluginLoadException($"Creating {entries[0].Name} failed: {(error.InnerException ?? error).Message}", error);
        }
    }
}
