using System.Text.Json.Nodes;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>The test plugins under tests/plugins, built with the tests, installed into data directories.</summary>
public static class TestPlugins
{
    private static readonly string Built = Path.Combine(AppContext.BaseDirectory, "test-plugins");

    /// <summary>
    /// Copies the built test plugin <paramref name="built"/> (e.g. "Greeter") into the data directory as installed plugin
    /// <paramref name="id"/> at <paramref name="version"/>, with its manifest changed by <paramref name="change"/>.
    /// </summary>
    public static void Install(string dataPath, string built, string id, string version, Action<JsonObject>? change = null)
    {
        var target = Directory.CreateDirectory(Path.Combine(dataPath, "plugins", id, version)).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Built, built)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var manifestPath = Path.Combine(target, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        change?.Invoke(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
    }

    /// <summary>
    /// Installs the host's bundled plugin <paramref name="id"/> (e.g. "mail") into the data directory, for a test server
    /// that runs in the test's process and so has no bundled plugins of its own.
    /// </summary>
    public static void InstallBundled(string dataPath, string id)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "bundled-plugins", id);
        var version = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(source, "plugin.json"))).RootElement.GetProperty("version").GetString()!;
        var target = Path.Combine(dataPath, "plugins", id, version);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>
    /// The lines the Recorder test plugin has written to <paramref name="file"/> (handler, event id, ticket number,
    /// attempt), read again until <paramref name="done"/> holds or <paramref name="limit"/> has passed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RecordedAsync(string file, Func<IReadOnlyList<string>, bool> done, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var lines = await ReadLinesAsync(file);
            if (lines is not null && (done(lines) || DateTime.UtcNow > deadline))
            {
                return lines;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The lines written so far, or null while a plugin holds the file's lock to append one.</summary>
    private static async Task<string[]?> ReadLinesAsync(string file)
    {
        try
        {
            return File.Exists(file) ? await File.ReadAllLinesAsync(file) : [];
        }
        catch (IOException)
        {
            return null;
        }
    }
}
