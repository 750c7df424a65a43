using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ServiceDesk.Abstractions.Errors;

namespace ServiceDesk.Host.Api;

/// <summary>
/// Turns errors into RFC 7807 problem details: the service desk's own errors with their status and field messages,
/// malformed requests as 400 (or 413 when too large), anything else as a 500 that hides the details.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = validation.StatusCode,
                Title = validation.Title,
                Detail = validation.Message,
            },
            UnprocessableException unprocessable => new ValidationProblemDetails(new Dictionary<string, string[]> { [unprocessable.Field] = [unprocessable.Message] })
            {
                Status = unprocessable.StatusCode,
                Title = unprocessable.Title,
                Detail = unprocessable.Message,
            },
            ServiceDeskException known => new ProblemDetails { Status = known.StatusCode, Title = known.Title, Detail = known.Message },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Invalid request",
                Detail = bad.InnerException?.Message ?? bad.Message,
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal error", Detail = "The error was logged." };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
