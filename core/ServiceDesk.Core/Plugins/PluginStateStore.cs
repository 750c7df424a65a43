using System.Text.Json;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Core.Plugins;

/// <summary>
/// Reads and writes <see cref="PluginState"/> in the installed plugins' folder. Changes are made under a lock file, so
/// that the CLI and a running service never lose each other's change, and written whole to a new file that then
/// replaces the old one, so that a crash leaves either state.
/// </summary>
public sealed class PluginStateStore(string installedRoot)
{
    public const string FileName = "state.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private string StatePath => Path.Combine(installedRoot, FileName);

    /// <summary>The state as last written; empty when none was.</summary>
    public PluginState Load()
    {
        if (!File.Exists(StatePath))
        {
            return PluginState.Empty;
        }

        try
        {
            var json = JsonSerializer.Deserialize<StateJson>(File.ReadAllText(StatePath), Json) ?? new StateJson();
            return new PluginState(
                new HashSet<string>(json.Disabled ?? [], StringComparer.Ordinal),
                new HashSet<string>(json.Uninstalled ?? [], StringComparer.Ordinal),
                new Dictionary<string, string>(json.Publishers ?? new Dictionary<string, string>(), StringComparer.Ordinal));
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"{StatePath} is not valid JSON ({error.Message}); fix or remove it.");
        }
    }

    /// <summary>Changes the state under the lock: <paramref name="change"/> gets the current state and returns the new one.</summary>
    public async Task<T> ChangeAsync<T>(Func<PluginState, Task<(PluginState State, T Result)>> change, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(installedRoot);
        await using var held = await LockAsync(cancellationToken);
        var (state, result) = await change(Load());
        // Once decided, the change is written whatever happens to the caller: a change half made is worse than one made.
        var partial = StatePath + ".partial";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(file, new StateJson
            {
                Disabled = state.Disabled.Order(StringComparer.Ordinal).ToList(),
                Uninstalled = state.Uninstalled.Order(StringComparer.Ordinal).ToList(),
                Publishers = new SortedDictionary<string, string>(state.Publishers.ToDictionary(), StringComparer.Ordinal),
            }, Json, CancellationToken.None);
            file.Flush(flushToDisk: true);
        }

        File.Move(partial, StatePath, overwrite: true);
        return result;
    }

    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(installedRoot, ".lock");
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (IOException)
            {
                throw new PluginPackageException($"Another change to the plugins is under way (it holds {path}); try again in a moment.");
            }
        }
    }

    private sealed record StateJson
    {
        public List<string>? Disabled { get; init; }

        public List<string>? Uninstalled { get; init; }

        public IDictionary<string, string>? Publishers { get; init; }
    }
}
