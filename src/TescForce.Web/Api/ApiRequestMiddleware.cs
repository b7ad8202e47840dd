using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace TescForce.Web.Api;

/// <summary>
/// Around every request: an API body over its limit is refused before it is read (413), and a body or parameter that
/// cannot be read (malformed JSON, too deep, a text where a number goes) is answered as a problem saying why;
/// outside the API such a request gets the site's 400 page.
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

    /// <summary>The reader's message, with the JSON error (line, position, path) when there is one.</summary>
    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
}
