using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace ServiceDesk.Host.Tests.Infrastructure;

/// <summary>Runs the real `servicedesk` executable, as an administrator would, against a data directory of its own.</summary>
public sealed class CliProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public CliProcess(string dataPath)
    {
        DataPath = dataPath;
    }

    public string DataPath { get; }

    /// <summary>The host's build output, beside this test project's in the same configuration.</summary>
    public static string Executable
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = testOutput.Parent!.Name;
            var repository = testOutput;
            while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "ServiceDesk.sln")))
            {
                repository = repository.Parent;
            }

            var path = Path.Combine(repository!.FullName, "core", "ServiceDesk.Host", "bin", configuration, "net10.0", "servicedesk.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the servicedesk host is missing.", path);
        }
    }

    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) => RunWithInputAsync("", arguments);

    /// <summary>Runs a command with <paramref name="input"/> on its standard input, as from `… &lt; file`.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] arguments)
    {
        var info = StartInfo(arguments);
        info.RedirectStandardInput = true;
        info.StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts `servicedesk serve` on a free loopback port, with settings such as "--Key=value"; the caller kills it.</summary>
    public Process StartServer(out Uri address, params string[] settings)
    {
        address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var process = Process.Start(StartInfo(["serve", "--urls", address.ToString().TrimEnd('/'), .. settings]))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A client of a server started with <see cref="StartServer"/>, with a bearer token from `token create`.</summary>
    public static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits until the server answers /health, for at most a minute.</summary>
    public static async Task WaitForHealthAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("servicedesk serve did not answer /health within 60 seconds.");
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Executable);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--data");
        info.ArgumentList.Add(DataPath);
        info.Environment.Remove("SERVICEDESK_ADMIN_PASSWORD");
        return info;
    }
}
