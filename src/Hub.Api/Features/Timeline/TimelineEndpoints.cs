using System.Security.Claims;
using Hub.Api.Fhir;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Features.Timeline;

/// <summary><c>GET /api/households/{id}/timeline</c>: the unified accompaniment timeline of one household.</summary>
public static class TimelineEndpoints
{
    public static IEndpointRouteBuilder MapTimelineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/households/{id}/timeline", ReadAsync).WithTags("Timeline").WithName("household_timeline")
            .WithSummary("One household's timeline across SI-SIAO, SOLIS, CAF, CPAM and the hub, newest first, filtered by consent");
        return endpoints;
    }

    public static async Task<IResult> ReadAsync(
        string id, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, ClaimsPrincipal user, HouseholdTimeline timeline,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var view = await timeline.ReadAsync(id, user, paging.Skip, paging.Size, cancellationToken);
        return view is null
            ? OperationOutcomes.Error(StatusCodes.Status404NotFound, IssueType.NotFound, $"Household/{id} is not known.")
            : TypedResults.Ok(view);
    }
}
