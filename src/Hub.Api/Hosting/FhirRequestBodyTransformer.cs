using Hub.Api.Fhir;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Hosting;

/// <summary>
/// Documents the FHIR JSON body of create and update operations. The handlers read the body themselves (to check
/// size, UTF-8 and media type with OperationOutcome answers), so routing must not filter on Content-Type: an
/// <c>Accepts</c> declaration would turn a wrong media type into a routing miss instead of a clear 415.
/// </summary>
internal sealed class FhirRequestBodyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !(name.EndsWith("_create", StringComparison.Ordinal) || name.EndsWith("_update", StringComparison.Ordinal)))
        {
            return Task.CompletedTask;
        }

        var type = name[..name.LastIndexOf('_')];
        var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = $"A {type} resource; see schemas/{type}.schema.json." };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"The {type} resource (FHIR JSON, UTF-8).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [FhirMediaTypes.FhirJson] = new() { Schema = schema },
                [FhirMediaTypes.Json] = new() { Schema = schema },
            },
        };
        return Task.CompletedTask;
    }
}
