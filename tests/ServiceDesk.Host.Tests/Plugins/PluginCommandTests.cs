using ServiceDesk.Host.Tests.Infrastructure;

namespace ServiceDesk.Host.Tests.Plugins;

/// <summary>A plugin's commands in the real `servicedesk` command line: `servicedesk notes add "…"` and the like.</summary>
public sealed class PluginCommandTests
{
    private CliProcess _cli = null!;

    [SetUp]
    public void InstallNotes()
    {
        _cli = new CliProcess(ServiceDeskServer.NewDataPath());
        TestPlugins.Install(_cli.DataPath, "Notes", "notes", "1.0.0");
    }

    [TearDown]
    public void RemoveData() => Directory.Delete(_cli.DataPath, recursive: true);

    [Test]
    public async Task APluginsCommands_RunWithTheHostsServices_AndSayWhatTheyAre()
    {
        var added = await _cli.RunAsync("notes", "add", "Toner for floor 3 ordered");
        var counted = await _cli.RunAsync("notes", "count", "--ServiceDesk:Search:MaxMatches=500");
        var wronglyConfigured = await _cli.RunAsync("notes", "count", "--ServiceDesk:Search:MaxMatches=5");
        var listed = await _cli.RunAsync("notes");

        Assert.Multiple(() =>
        {
            Assert.That(added.ExitCode, Is.Zero, added.Error);
            Assert.That(added.Output.Trim().Split('\n')[^1], Is.EqualTo("Added."));
            Assert.That(counted.Output.Trim(), Is.EqualTo("2"), "the install hook's note and the one added");
            Assert.That(wronglyConfigured.ExitCode, Is.EqualTo(1), "a setting among the arguments goes to the configuration, which is checked");
            Assert.That(wronglyConfigured.Error, Does.Contain("ServiceDesk:Search:MaxMatches"));
            Assert.That(listed.Output, Does.Contain("servicedesk notes add <text>").And.Contain("Adds a note.").And.Contain("servicedesk notes count"));
        });
    }

    [Test]
    public async Task UnknownPluginsAndCommands_AndFailingCommands_GetOneLineAndANonZeroCode()
    {
        var noPlugin = await _cli.RunAsync("nosuch", "thing");
        var noCommand = await _cli.RunAsync("notes", "delete");
        var wrongArguments = await _cli.RunAsync("notes", "add");

        Assert.Multiple(() =>
        {
            Assert.That((noPlugin.ExitCode, noPlugin.Error.Trim()), Is.EqualTo((1,
                "error: There is no command 'nosuch', and no active plugin of that id with commands: 'servicedesk --help' lists the commands, 'servicedesk plugin list' the plugins.")));
            Assert.That((noCommand.ExitCode, noCommand.Error.Trim()), Is.EqualTo((1, "error: Plugin 'notes' has no command 'delete'; 'servicedesk notes' lists its commands.")));
            Assert.That((wrongArguments.ExitCode, wrongArguments.Error.Trim()), Is.EqualTo((2, "error: give the note's text, in quotes.")));
        });
    }
}
