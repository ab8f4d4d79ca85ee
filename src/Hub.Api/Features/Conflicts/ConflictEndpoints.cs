using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Survivorship;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Conflicts;

/// <summary>Field conflicts between sources (both values, sources and times), as survivorship recorded them, and their resolution.</summary>
public static class ConflictEndpoints
{
    public static RouteGroupBuilder MapConflictEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/conflicts").WithTags("Conflicts");
        group.MapGet("/", ListAsync).WithName("conflicts_list").WithSummary("Field conflicts, newest first (paged; filter by resourceType, resourceId, path, status)");
        group.MapPost("/{id}/resolve", ResolveAsync).WithName("conflicts_resolve").WithSummary("Close an open conflict with one of its two values (written as the hub's when it is not the kept one)");
        return group;
    }

    public static async Task<Results<Ok<ConflictPage>, ProblemHttpResult>> ListAsync(
        string? resourceType, string? resourceId, string? path, string? status, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset,
        HubDbContext db, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var query = db.Conflicts.AsNoTracking();
        if (resourceType is not null)
        {
            query = query.Where(c => c.ResourceType == resourceType);
        }

        if (resourceId is not null)
        {
            query = query.Where(c => c.ResourceId == resourceId);
        }

        if (path is not null)
        {
            query = query.Where(c => c.Path == path);
        }

        if (status is not null)
        {
            query = query.Where(c => c.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.DetectedAt).ThenByDescending(c => c.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConflictPage(total, paging.Skip, paging.Size, [.. rows.Select(View)]));
    }

    public static async Task<Results<Ok<ConflictView>, ProblemHttpResult>> ResolveAsync(
        string id, ConflictChoice choice, HttpContext context, ConflictResolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(context);
        if (choice.Value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return TypedResults.Problem(title: "No value", detail: "Send {\"value\": ...}, one of the conflict's two values.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await resolver.ResolveAsync(id, JsonNode.Parse(choice.Value.GetRawText()), context.User.Identity?.Name ?? "api", cancellationToken);
        return result.Status switch
        {
            ConflictResolutionStatus.Resolved => TypedResults.Ok(View(result.Conflict!)),
            ConflictResolutionStatus.NotFound => TypedResults.Problem(title: "Conflict not found", detail: result.Reason, statusCode: StatusCodes.Status404NotFound),
            ConflictResolutionStatus.NotAChoice => TypedResults.Problem(title: "Not one of the values", detail: result.Reason, statusCode: StatusCodes.Status400BadRequest),
            _ => TypedResults.Problem(title: "Not open", detail: result.Reason, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static ConflictView View(ConflictRow c) => new(
        c.Id, c.ResourceType, c.ResourceId, c.Path,
        new SourcedValue(c.KeptSource, Parse(c.KeptValue), c.KeptChangedAt),
        new SourcedValue(c.OtherSource, Parse(c.OtherValue), c.OtherChangedAt),
        c.Rule, c.DetectedAt, c.Status, c.ResolvedAt, c.ResolvedBy, c.ResolvedValue is null ? null : Parse(c.ResolvedValue));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <summary>A field value as one source gave it, and when that source changed it.</summary>
public sealed record SourcedValue(string Source, JsonElement Value, DateTimeOffset ChangedAt);

public sealed record ConflictView(
    string Id, string ResourceType, string ResourceId, string Path, SourcedValue Kept, SourcedValue Other, string Rule, DateTimeOffset DetectedAt,
    string Status, DateTimeOffset? ResolvedAt, string? ResolvedBy, JsonElement? ResolvedValue);

public sealed record ConflictPage(int Total, int Offset, int Count, IReadOnlyList<ConflictView> Items);

/// <summary>The body of a resolution: the value to keep, one of the conflict's two.</summary>
public sealed record ConflictChoice(JsonElement Value);
