using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TescForce.Application.Common;
using TescForce.Domain.Common;

namespace TescForce.Web.Api;

/// <summary>
/// Errors of the API as RFC 9457 problem details: the Application layer's exceptions mapped to statuses
/// (validation 400 with each field's messages, forbidden 403, not found 404, a stale ETag 412, a rule of the
/// domain 409), anything else a 500 that says nothing of the inside but its trace id.
/// </summary>
public static partial class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>The endpoint filter of every API endpoint.</summary>
    public static async ValueTask<object?> HandleAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (ToResult(exception, context.HttpContext) is { } result)
        {
            return result;
        }
    }

    public static IResult? ToResult(Exception exception, HttpContext http) => exception switch
    {
        ValidationFailedException invalid => Validation(invalid.Errors, http),
        ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Message, http),
        NotFoundException missing => Problem(StatusCodes.Status404NotFound, "Not found", missing.Message, http),
        PreconditionRequiredException required => Problem(StatusCodes.Status428PreconditionRequired, "Precondition required", required.Message, http),
        ConcurrencyConflictException conflict => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", conflict.Message, http),
        DomainException rule => Problem(StatusCodes.Status409Conflict, "Conflict", rule.Message, http, rule.Code),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message, http),
        OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
        _ => Unexpected(exception, http),
    };

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors, HttpContext http) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => Camel(e.Key), e => e.Value), detail: "Some values are not valid: see errors.",
            extensions: Trace(http));

    public static ProblemHttpResult Problem(int status, string title, string detail, HttpContext http, string? code = null)
    {
        var extensions = Trace(http);
        if (code is not null)
        {
            extensions["code"] = code;
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
    }

    /// <summary>Writes a problem outside an endpoint (authentication, rate limiting, size limits).</summary>
    public static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = status, Title = title, Detail = detail, Extensions = { ["traceId"] = http.TraceIdentifier },
        }, options: null, contentType: ContentType, cancellationToken: http.RequestAborted);
    }

    /// <summary>The JSON name of a field: the services name fields as their C# properties.</summary>
    public static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static IResult Unexpected(Exception exception, HttpContext http)
    {
        LogUnexpected(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TescForce.Api"), exception, http.Request.Path);
        return Problem(StatusCodes.Status500InternalServerError, "Unexpected error",
            "The server could not answer this request; nothing was saved unless the response said so. Quote the traceId when you report it.", http);
    }

    private static Dictionary<string, object?> Trace(HttpContext http) => new(StringComparer.Ordinal) { ["traceId"] = http.TraceIdentifier };

    [LoggerMessage(Level = LogLevel.Error, Message = "The API failed on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
