using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace TescForce.Web.Api;

/// <summary>
/// Around every request: an API body over its limit is refused before it is read (413), and a body or parameter that
/// cannot be read (malformed JSON, too deep, a text where a number goes) is answered as a problem saying why;
/// outside the API such a request gets the site's 400 page. A NUL character in the path or the query (<c>%00</c>) is refused with
/// a 400: PostgreSQL takes no NUL in a text parameter, so a search for one would fail there with a 500 (bodies: <see cref="TextWithoutNulConverter"/>).
/// </summary>
public sealed class ApiRequestMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var isApi = http.Request.Path.StartsWithSegments(ApiSetup.Prefix, StringComparison.OrdinalIgnoreCase);
        if (isApi)
        {
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<BulkBodyMetadata>() is null ? options.Value.MaxBodyBytes : options.Value.MaxBulkBodyBytes;
            if (http.Request.ContentLength > limit)
            {
                await ApiProblems.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The request body may have at most {limit} bytes.");
                return;
            }

            if (HoldsNul(http.Request))
            {
                await ApiProblems.WriteAsync(http, StatusCodes.Status400BadRequest, "Bad request",
                    "The path or a query parameter holds the NUL character (%00), which no value may contain.");
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        try
        {
            await next(http);
        }
        catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
        {
            if (isApi)
            {
                await ApiProblems.WriteAsync(http, bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Bad request",
                    Describe(bad));
            }
            else
            {
                http.Response.StatusCode = bad.StatusCode;
            }
        }
    }

    private static bool HoldsNul(HttpRequest request) =>
        request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true
        || (request.QueryString.HasValue && request.Query.Any(p => p.Key.Contains('\0', StringComparison.Ordinal)
            || p.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)));

    /// <summary>The reader's message, with the JSON error (line, position, path) when there is one; a converter's own message lacks the path.</summary>
    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        System.Text.Json.JsonException { Path: { } path } json when !json.Message.Contains(path, StringComparison.Ordinal) =>
            $"{bad.Message} {json.Message} Path: {path}.",
        System.Text.Json.JsonException json => $"{bad.Message} {json.Message}",
        _ => bad.Message,
    };
}
