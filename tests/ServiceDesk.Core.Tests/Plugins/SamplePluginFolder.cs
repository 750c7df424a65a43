using System.IO.Compression;
using System.Text;

namespace ServiceDesk.Core.Tests.Plugins;

/// <summary>A plugin folder on disk for package tests (no code is loaded from it), and a place for its packages.</summary>
public sealed class SamplePluginFolder : IDisposable
{
    public SamplePluginFolder(string id = "sample", string version = "1.0.0")
    {
        Root = Directory.CreateTempSubdirectory("servicedesk-package-").FullName;
        PluginDirectory = Directory.CreateDirectory(Path.Combine(Root, "plugin")).FullName;
        File.WriteAllText(Path.Combine(PluginDirectory, "plugin.json"),
            $$"""{ "id": "{{id}}", "name": "Sample", "version": "{{version}}", "sdk": ">=1.0.0 <2.0.0", "entryAssembly": "Sample.dll" }""");
        File.WriteAllBytes(Path.Combine(PluginDirectory, "Sample.dll"), Encoding.ASCII.GetBytes("not really an assembly"));
        Directory.CreateDirectory(Path.Combine(PluginDirectory, "templates"));
        File.WriteAllText(Path.Combine(PluginDirectory, "templates", "reply.sbn"), "Здравствуйте, {{ customer.first_name }}!");
    }

    public string Root { get; }

    public string PluginDirectory { get; }

    public string Output => Path.Combine(Root, "out");

    /// <summary>A new, empty folder path under the root to unpack into.</summary>
    public string NewTarget() => Path.Combine(Root, "unpacked-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Changes a packed package in place, as someone tampering with it would.</summary>
    public static void Tamper(string package, Action<ZipArchive> change)
    {
        using var zip = ZipFile.Open(package, ZipArchiveMode.Update);
        change(zip);
    }

    public static void Replace(ZipArchive zip, string name, byte[] content)
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
