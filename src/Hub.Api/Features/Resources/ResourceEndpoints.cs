using Hub.Api.Fhir;
using Hub.Canonical.Validation;

namespace Hub.Api.Features.Resources;

/// <summary>
/// The canonical resource API under <c>/api/{ResourceType}</c>, following FHIR REST conventions: create, read, vread,
/// update with <c>If-Match</c>, delete, history and search. One set of routes per resource type, so that the OpenAPI
/// document and the authorization table list every type explicitly.
/// </summary>
public static class ResourceEndpoints
{
    public static RouteGroupBuilder MapResourceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var schemas = endpoints.ServiceProvider.GetRequiredService<CanonicalSchemaSet>();
        var api = endpoints.MapGroup("/api");

        foreach (var type in ResourceTypeCatalog.StoredTypes(schemas))
        {
            var group = api.MapGroup($"/{type}").WithTags(type);
            group.MapPost("/", (HttpRequest request, ResourceHandlers handlers, CancellationToken ct) => handlers.CreateAsync(type, request, ct))
                .WithName($"{type}_create").WithSummary($"Create a {type} (server-assigned id, version 1)")
                .Produces(StatusCodes.Status201Created, contentType: FhirMediaTypes.FhirJson);
            group.MapGet("/", (HttpRequest request, ResourceHandlers handlers, CancellationToken ct) => handlers.SearchAsync(type, request, ct))
                .WithName($"{type}_search").WithSummary($"Search {type} by identifier=system|value and _lastUpdated (paged Bundle)")
                .Produces(StatusCodes.Status200OK, contentType: FhirMediaTypes.FhirJson);
            group.MapGet("/{id}", (string id, ResourceHandlers handlers, CancellationToken ct) => handlers.ReadAsync(type, id, ct))
                .WithName($"{type}_read").WithSummary($"Read the current version of a {type}")
                .Produces(StatusCodes.Status200OK, contentType: FhirMediaTypes.FhirJson);
            group.MapPut("/{id}", (string id, HttpRequest request, ResourceHandlers handlers, CancellationToken ct) => handlers.UpdateAsync(type, id, request, ct))
                .WithName($"{type}_update").WithSummary($"Update a {type}; If-Match: W/\"version\" is required when it exists")
                .Produces(StatusCodes.Status200OK, contentType: FhirMediaTypes.FhirJson);
            group.MapDelete("/{id}", (string id, HttpRequest request, ResourceHandlers handlers, CancellationToken ct) => handlers.DeleteAsync(type, id, request, ct))
                .WithName($"{type}_delete").WithSummary($"Delete a {type} (kept in its history)")
                .Produces(StatusCodes.Status204NoContent);
            group.MapGet("/{id}/_history", (string id, HttpRequest request, ResourceHandlers handlers, CancellationToken ct) => handlers.HistoryAsync(type, id, request, ct))
                .WithName($"{type}_history").WithSummary($"Every version of a {type}, newest first (paged Bundle)")
                .Produces(StatusCodes.Status200OK, contentType: FhirMediaTypes.FhirJson);
            group.MapGet("/{id}/_history/{versionId}", (string id, string versionId, ResourceHandlers handlers, CancellationToken ct) => handlers.VersionReadAsync(type, id, versionId, ct))
                .WithName($"{type}_vread").WithSummary($"Read one version of a {type}")
                .Produces(StatusCodes.Status200OK, contentType: FhirMediaTypes.FhirJson);
            group.MapGet("/{id}/_provenance", (string id, ResourceHandlers handlers, CancellationToken ct) => handlers.ProvenanceAsync(type, id, ct))
                .WithName($"{type}_provenance").WithSummary($"Which source last set each field of a {type}, and when (survivorship)")
                .Produces<ResourceProvenance>(StatusCodes.Status200OK);
        }

        // Anything else under /api names no resource type the hub knows: answer in FHIR terms, not with an empty 404.
        api.Map("/{**path}", (string path) => UnknownPath(path))
            .WithName("api_unknown").WithSummary("Unknown resource type or path").ExcludeFromDescription();
        return api;
    }

    private static FhirResult UnknownPath(string path)
    {
        var first = path.Split('/', 2)[0];
        return OperationOutcomes.Error(StatusCodes.Status404NotFound, IssueType.NotSupported,
            $"Unknown resource type or path '/api/{path}' ('{first}' is not a canonical resource type).");
    }
}
