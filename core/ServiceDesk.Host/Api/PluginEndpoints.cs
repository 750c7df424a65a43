using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Security;
using ServiceDesk.Core.Plugins;
using ServiceDesk.Core.Plugins.Packages;
using ServiceDesk.Core.Security;

namespace ServiceDesk.Host.Api;

/// <summary>
/// /api/v1/plugins: the plugins and their state, and the administrators' changes to them (install, upgrade, enable,
/// disable, uninstall; they take effect when the service restarts); below /api/v1/plugins/{id}/, each active plugin's
/// own endpoints.
/// </summary>
public static partial class PluginEndpoints
{
    private const int AdministratorsFirst = -1;

    public static void Map(RouteGroupBuilder api, PluginRegistry registry, ILogger logger)
    {
        var plugins = api.MapGroup("/plugins").WithTags("Plugins");
        plugins.MapGet("/", (HttpContext http, PluginOverview overview) =>
        {
            AccessPolicy.DemandAdmin(http.User.ToActor());
            return Results.Ok(overview.List());
        });
        plugins.MapPost("/", (HttpContext http, PluginInstaller installer, CancellationToken ct) =>
            ChangeFromPackageAsync(http, installer.InstallAsync, ct));
        // The administrators' routes come before a plugin's own: a plugin that maps PUT, PATCH or DELETE at the root of
        // its group cannot take them over.
        plugins.MapPut("/{id}", (string id, HttpContext http, PluginInstaller installer, CancellationToken ct) =>
            ChangeFromPackageAsync(http, (path, token) => installer.UpgradeAsync(path, id, token), ct)).WithOrder(AdministratorsFirst);
        plugins.MapPatch("/{id}", async (string id, PluginSwitch body, HttpContext http, PluginInstaller installer, CancellationToken ct) =>
        {
            AccessPolicy.DemandAdmin(http.User.ToActor());
            var enabled = body.Enabled ?? throw new ValidationException("enabled", "Say whether the plugin is to be enabled: true or false.");
            return Results.Ok(await installer.SwitchAsync(id, enabled, ct));
        }).WithOrder(AdministratorsFirst);
        plugins.MapDelete("/{id}", async (string id, bool? purge, HttpContext http, PluginRemoval removal, CancellationToken ct) =>
        {
            AccessPolicy.DemandAdmin(http.User.ToActor());
            return Results.Ok(await removal.UninstallAsync(id, purge ?? false, ct));
        }).WithOrder(AdministratorsFirst);

        foreach (var plugin in registry.Active)
        {
            var id = plugin.Manifest.Id;
            var group = plugins.MapGroup("/" + id).WithTags(plugin.Manifest.Name);
            // A plugin marked failed after its endpoints were mapped (its data could not be prepared) answers no more.
            group.AddEndpointFilter(async (invocation, next) => registry.IsActive(id)
                ? await next(invocation)
                : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Plugin not running",
                    detail: registry.Plugins.SingleOrDefault(p => p.Id == id)?.Reason));
            try
            {
                plugin.Plugin.MapEndpoints(group, plugin.Context);
            }
            catch (Exception error)
            {
                registry.MarkFailed(plugin.Manifest.Id, $"Mapping its endpoints failed: {error.GetType().Name}: {error.Message}");
            }
        }

        foreach (var plugin in registry.Plugins.Where(p => p.Status is PluginStatus.Failed or PluginStatus.Incompatible))
        {
            LogNotStarted(logger, plugin.Id, plugin.Status, plugin.Reason);
        }
    }

    // The package comes as the request body (application/zip or application/octet-stream), or as the first file of a
    // form; it is kept in a temporary file while it is checked and unpacked.
    private static async Task<IResult> ChangeFromPackageAsync(
        HttpContext http, Func<string, CancellationToken, Task<PluginChange>> change, CancellationToken cancellationToken)
    {
        AccessPolicy.DemandAdmin(http.User.ToActor());
        var path = Path.Combine(Path.GetTempPath(), $"servicedesk-upload-{Guid.NewGuid():N}{PluginPackage.Extension}");
        try
        {
            // Readable by the service only: the package may not be public.
            var privately = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                privately.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var file = new FileStream(path, privately))
            {
                if (http.Request.HasFormContentType)
                {
                    var form = await http.Request.ReadFormAsync(cancellationToken);
                    var upload = form.Files.FirstOrDefault() ?? throw new ValidationException("package", "The form holds no file: upload the .sdpkg package.");
                    await upload.CopyToAsync(file, cancellationToken);
                }
                else
                {
                    await http.Request.Body.CopyToAsync(file, cancellationToken);
                }
            }

            if (new FileInfo(path).Length == 0)
            {
                throw new ValidationException("package", "The request holds no package: send the .sdpkg file as the body.");
            }

            return Results.Ok(await change(path, cancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Id} is {Status} and does not run: {Reason}")]
    private static partial void LogNotStarted(ILogger logger, string id, PluginStatus status, string? reason);
}
