using System.Globalization;
using System.Security.Claims;
using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Host.Auth;

/// <summary>The claims that carry an actor through a request, and the way back to the actor.</summary>
public static class ActorClaims
{
    public const string Kind = "sd:kind";
    public const string Id = "sd:id";

    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        var kind = principal.FindFirstValue(Kind);
        var id = principal.FindFirstValue(Id);
        return kind is not null && id is not null
            ? new Actor(Enum.Parse<ActorKind>(kind), int.Parse(id, CultureInfo.InvariantCulture), principal.Identity?.Name ?? "")
            : throw new InvalidOperationException("The request is not authenticated.");
    }
}
