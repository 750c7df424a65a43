using ServiceDesk.Abstractions.Plugins;

namespace ServiceDesk.Core.Plugins;

/// <summary>The plugins this process found, and how each stands; filled once at start by <see cref="PluginBootstrapper"/>.</summary>
public sealed class PluginRegistry
{
    private readonly Lock _lock = new();
    private readonly List<PluginInfo> _plugins;
    private readonly List<ActivePlugin> _active;

    public PluginRegistry(IEnumerable<PluginInfo> plugins, IEnumerable<ActivePlugin> active)
    {
        _plugins = plugins.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        _active = active.ToList();
    }

    /// <summary>Raised with every plugin found after one was marked failed.</summary>
    public event Action<IReadOnlyList<PluginInfo>>? Changed;

    /// <summary>Every plugin found, by id.</summary>
    public IReadOnlyList<PluginInfo> Plugins
    {
        get
        {
            lock (_lock)
            {
                return [.. _plugins];
            }
        }
    }

    /// <summary>The plugins that started, each after the plugins it depends on.</summary>
    public IReadOnlyList<ActivePlugin> Active
    {
        get
        {
            lock (_lock)
            {
                return [.. _active];
            }
        }
    }

    public bool IsActive(string id)
    {
        lock (_lock)
        {
            return _active.Any(p => p.Manifest.Id == id);
        }
    }

    /// <summary>Marks an active plugin failed after its start, e.g. when mapping its endpoints threw or its data could not be prepared.</summary>
    public void MarkFailed(string id, string reason)
    {
        lock (_lock)
        {
            _active.RemoveAll(p => p.Manifest.Id == id);
            var index = _plugins.FindIndex(p => p.Id == id);
            _plugins[index] = _plugins[index] with { Status = PluginStatus.Failed, Reason = reason };
        }

        Changed?.Invoke(Plugins);
    }
}
