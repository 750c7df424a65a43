using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Core.Plugins;

namespace ServiceDesk.Core.Tests.Plugins;

public sealed class PluginBootstrapperTests
{
    [Test]
    public void WhatAPluginAddsOnlyWhenMissing_LeavesTheHostsOwnInPlace()
    {
        using var folder = new SamplePluginFolder();
        var services = new ServiceCollection();
        services.AddLogging();
        // The host's logging, as Serilog's AddSerilog puts its factory after the default one.
        var hostFactory = new NullLoggerFactory();
        services.AddSingleton<ILoggerFactory>(hostFactory);
        var before = services.Count;

        var registry = new PluginBootstrapper(new Loader(new LoggingPlugin()))
            .Start([new PluginFolder(folder.PluginDirectory, "sample")], PluginState.Empty, services, new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.Multiple(() =>
        {
            Assert.That(registry.Plugins.Single().Status, Is.EqualTo(PluginStatus.Active));
            Assert.That(provider.GetRequiredService<ILoggerFactory>(), Is.SameAs(hostFactory));
            Assert.That(provider.GetRequiredService<LoggingPlugin.Marker>(), Is.Not.Null, "what the plugin adds is added");
            Assert.That(services.Count, Is.EqualTo(before + 1), "only the plugin's own service");
        });
    }

    private sealed class Loader(IServiceDeskPlugin plugin) : IPluginAssemblyLoader
    {
        public IServiceDeskPlugin Load(string directory, PluginManifest manifest) => plugin;
    }

    private sealed class LoggingPlugin : IServiceDeskPlugin
    {
        public void ConfigureServices(IServiceCollection services, PluginContext context)
        {
            // As AddHttpClient does.
            services.AddLogging();
            services.AddOptions();
            services.AddSingleton<Marker>();
        }

        public sealed class Marker;
    }
}
