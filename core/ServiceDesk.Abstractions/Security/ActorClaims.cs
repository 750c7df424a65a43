using System.Globalization;
using System.Security.Claims;
namespace ServiceDesk.Abstractions.Security;

/// <summary>
/// The claims that carry an actor through a request, and the way back to the actor: a plugin's endpoint passes
/// <c>http.User.ToActor()</c> to the SDK's services, so that the caller's permissions apply.
/// </summary>
public static class ActorClaims
{
    /// <summary>The claim with the <see cref="ActorKind"/>.</summary>
    public const string Kind = "sd:kind";

    /// <summary>The claim with the actor's id.</summary>
    public const string Id = "sd:id";

    /// <summary>The actor of an authenticated request; throws for one that is not.</summary>
    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        var kind = principal.FindFirstValue(Kind);
        var id = principal.FindFirstValue(Id);
        return kind is not null && id is not null
            ? new Actor(Enum.Parse<ActorKind>(kind), int.Parse(id, CultureInfo.InvariantCulture), principal.Identity?.Name ?? "")
            : throw new InvalidOperationException("The request is not authenticated.");
    }
}
