using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>Keeps a group of the plugin's endpoints for administrators.</summary>
public static class AdministratorsOnly
{
    /// <summary>Everyone else is answered 403 with <paramref name="reason"/>.</summary>
    public static RouteGroupBuilder ForAdministrators(this RouteGroupBuilder group, string reason)
    {
        group.AddEndpointFilter(async (invocation, next) => invocation.HttpContext.User.ToActor().IsPrivileged
            ? await next(invocation)
            : throw new ForbiddenException(reason));
        return group;
    }
}
