using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace TescForce.Web.Api;

/// <summary>An example request body and response of an endpoint, written into the OpenAPI document.</summary>
public sealed record ApiExampleMetadata(object? Request, object? Response, int ResponseStatus);

public static class ApiExamples
{
    /// <summary>Documents the endpoint with an example body (if it takes one) and an example answer.</summary>
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, object? request = null, object? response = null,
        int responseStatus = StatusCodes.Status200OK) =>
        builder.WithMetadata(new ApiExampleMetadata(request, response, responseStatus));

    /// <summary>The operation transformer that copies the examples into the document, serialized as the API serializes.</summary>
    internal static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var example = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiExampleMetadata>().LastOrDefault();
        if (example is null)
        {
            return Task.CompletedTask;
        }

        var json = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        if (example.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent.Values)
            {
                media.Example = JsonSerializer.SerializeToNode(example.Request, example.Request.GetType(), json);
            }
        }

        var status = example.ResponseStatus.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (example.Response is not null && operation.Responses?.TryGetValue(status, out var response) == true && response.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = JsonSerializer.SerializeToNode(example.Response, example.Response.GetType(), json) ?? JsonValue.Create((string?)null);
            }
        }

        return Task.CompletedTask;
    }
}
