using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ServiceDesk.Abstractions.Errors;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Plugins.Mail.Endpoints;

/// <summary>Keeps groups of endpoints for administrators.</summary>
public static class Administrators
{
    /// <summary>Answers everyone else 403 with <paramref name="refusal"/>.</summary>
    public static RouteGroupBuilder OnlyForAdministrators(this RouteGroupBuilder group, string refusal)
    {
        group.AddEndpointFilter(async (invocation, next) => invocation.HttpContext.User.ToActor().IsPrivileged
            ? await next(invocation)
            : throw new ForbiddenException(refusal));
        return group;
    }
}
