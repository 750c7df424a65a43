using Microsoft.Extensions.Options;
using ServiceDesk.Core.Configuration;

namespace ServiceDesk.Host.Api;

/// <summary>
/// Enforces ServiceDesk:Limits:MaxRequestBytes whatever server runs the app (Kestrel enforces it too, but a reverse
/// proxy module or test server does not): a declared length over the limit is refused before reading, and any body is
/// cut off once it passes the limit.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<ServiceDeskOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.Limits.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            throw LengthLimitedStream.TooLarge(limit);
        }

        context.Request.Body = new LengthLimitedStream(context.Request.Body, limit);
        return next(context);
    }
}
