using Microsoft.AspNetCore.Mvc;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Conflicts;

/// <summary>Field conflicts between sources (both values, sources and times), as survivorship recorded them.</summary>
public static class ConflictEndpoints
{
    public static RouteGroupBuilder MapConflictEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/conflicts").WithTags("Conflicts");
        group.MapGet("/", ListAsync).WithName("conflicts_list").WithSummary("Field conflicts, newest first (filter by resource, status)");
        return group;
    }

    public static async Task<Ok<ConflictPage>> ListAsync(
        string? resourceType, string? resourceId, string? status, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, HubDbContext db, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(count ?? 50, 1, 1000);
        var skip = Math.Max(0, offset ?? 0);
        var query = db.Conflicts.AsNoTracking();
        if (resourceType is not null)
        {
            query = query.Where(c => c.ResourceType == resourceType);
        }

        if (resourceId is not null)
        {
            query = query.Where(c => c.ResourceId == resourceId);
        }

        if (status is not null)
        {
            query = query.Where(c => c.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.DetectedAt).Skip(skip).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConflictPage(total, skip, size, [.. rows.Select(c => new ConflictView(
            c.Id, c.ResourceType, c.ResourceId, c.Path, new SourcedValue(c.KeptSource, c.KeptValue), new SourcedValue(c.OtherSource, c.OtherValue), c.DetectedAt, c.Status))]));
    }
}

public sealed record SourcedValue(string Source, string Value);

public sealed record ConflictView(string Id, string ResourceType, string ResourceId, string Path, SourcedValue Kept, SourcedValue Other, DateTimeOffset DetectedAt, string Status);

public sealed record ConflictPage(int Total, int Offset, int Count, IReadOnlyList<ConflictView> Items);
