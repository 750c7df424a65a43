using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Abstractions.Security;

/// <summary>Keeps a group of a plugin's endpoints for administrators (SDK 1.4.0).</summary>
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
