using Microsoft.AspNetCore.DataProtection;

namespace ServiceDesk.Core.Security;

/// <summary>
/// ASP.NET Core data protection for secrets that the service keeps in its database (a mail account's password), with
/// its keys in <c>{data}/data-protection-keys</c>: a dump or a backup of the database alone does not give the secrets away. The data
/// directory is shared by every node and by the CLI, so all of them read what any of them protected.
/// </summary>
/// <remarks>
/// The keys are not encrypted at rest (on Linux, data protection has no machine key to wrap them with); the folder is
/// readable by the service's user only. Registered as a factory, not with <c>AddDataProtection</c>, whose hosted service
/// would load the key ring at every start (about 7 MB) although most installations never protect anything.
/// </remarks>
public static class SecretProtection
{
    /// <summary>The folder of the key ring, in the data directory.</summary>
    public const string KeysFolder = "data-protection-keys";

    // The same for the service and the CLI, whose content roots may differ: data protection isolates applications by it.
    private const string ApplicationName = "ServiceDesk";

    public static IDataProtectionProvider Create(string dataPath)
    {
        var keys = Path.Combine(dataPath, KeysFolder);
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return DataProtectionProvider.Create(new DirectoryInfo(keys), builder => builder.SetApplicationName(ApplicationName));
    }
}
