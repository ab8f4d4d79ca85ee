using System.Security.Claims;
using Hub.Api.Features.Resources;
using Hub.Api.Fhir;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Features.Timeline;

/// <summary>
/// The unified accompaniment timeline of one household: <c>GET /api/Household/{id}/timeline</c> (the resource-style
/// path) and its first route <c>GET /api/households/{id}/timeline</c>, one handler, the same filters and paging.
/// </summary>
public static class TimelineEndpoints
{
    public static IEndpointRouteBuilder MapTimelineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/households/{id}/timeline", ReadAsync).WithTags("Timeline").WithName("household_timeline")
            .WithSummary("One household's timeline across SI-SIAO, SOLIS, CAF, CPAM and the hub, newest first, filtered by consent");
        endpoints.MapGet("/api/Household/{id}/timeline", ReadAsync).WithTags("Timeline").WithName("Household_timeline")
            .WithSummary("One household's timeline (source=, type=, from=, to=, _sort=occurredAt for oldest first; paged), filtered by consent");
        return endpoints;
    }

    public static async Task<IResult> ReadAsync(
        string id, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, [FromQuery(Name = "_sort")] string? sort,
        string[]? source, string[]? type, string? from, string? to, ClaimsPrincipal user, HouseholdTimeline timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        if (!TryParseFilter(source, type, from, to, sort, out var filter, out var error))
        {
            return OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Invalid, error!);
        }

        var view = await timeline.ReadAsync(id, user, filter, paging.Skip, paging.Size, cancellationToken);
        return view is null
            ? OperationOutcomes.Error(StatusCodes.Status404NotFound, IssueType.NotFound, $"Household/{id} is not known.")
            : TypedResults.Ok(view);
    }

    /// <summary>
    /// <c>from</c> and <c>to</c> are dates (YYYY, YYYY-MM, YYYY-MM-DD) or instants with an offset; <c>to</c> includes its
    /// whole day (or month, or year). Several <c>source</c> or <c>type</c> values (repeated or comma-separated) are OR-ed.
    /// </summary>
    public static bool TryParseFilter(
        IEnumerable<string>? source, IEnumerable<string>? type, string? from, string? to, string? sort, out TimelineFilter filter, out string? error)
    {
        filter = TimelineFilter.None;
        error = null;
        DateTimeOffset? start = null, until = null;
        if (!string.IsNullOrEmpty(from))
        {
            if (!SearchParameters.TryParseDateParameter(from, out var range) || range.After is null)
            {
                error = $"from '{from}' is not a date (YYYY-MM-DD) or an instant with its offset.";
                return false;
            }

            start = range.After;
        }

        if (!string.IsNullOrEmpty(to))
        {
            if (!SearchParameters.TryParseDateParameter(to, out var range) || range.Before is null)
            {
                error = $"to '{to}' is not a date (YYYY-MM-DD) or an instant with its offset.";
                return false;
            }

            until = range.Before;
        }

        if (sort is not (null or "" or "-occurredAt" or "occurredAt"))
        {
            error = $"_sort '{sort}' is not occurredAt (oldest first) or -occurredAt (newest first, the default).";
            return false;
        }

        filter = new TimelineFilter(Values(source), Values(type), start, until, sort == "occurredAt");
        return true;
    }

    private static string[] Values(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
