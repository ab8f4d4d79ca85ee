using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Indicators;

/// <summary>
/// <c>GET /api/indicators</c>: the plan's follow-up figures as aggregates only, for the observatory. Counts below
/// <see cref="SmallCell"/> are withheld: a cell of one or two households can single a person out.
/// </summary>
public static class IndicatorEndpoints
{
    public const int SmallCell = 5;

    private static readonly string[] Counted =
        [Household.TypeName, Person.TypeName, Orientation.TypeName, Accompaniment.TypeName, HousingPlacement.TypeName, RightsStatus.TypeName, Consent.TypeName];

    private static readonly string[] ByStatus = [Orientation.TypeName, Accompaniment.TypeName, HousingPlacement.TypeName];

    public static IEndpointRouteBuilder MapIndicatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/indicators", ReadAsync).WithTags("Indicators").WithName("indicators")
            .WithSummary("Aggregate counts (records per type, statuses), small cells withheld; no person-level data");
        return endpoints;
    }

    public static async Task<Ok<Indicators>> ReadAsync(HubDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var totals = await db.Resources.AsNoTracking()
            .Where(r => !r.IsDeleted && Counted.Contains(r.ResourceType))
            .GroupBy(r => r.ResourceType)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, cancellationToken);

        var statuses = new Dictionary<string, IReadOnlyDictionary<string, int?>>(StringComparer.Ordinal);
        foreach (var type in ByStatus)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            // Streamed: one record's JSON at a time, whatever the store's size.
            await foreach (var json in db.Resources.AsNoTracking().Where(r => r.ResourceType == type && !r.IsDeleted).Select(r => r.Json).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                using var document = JsonDocument.Parse(json);
                var status = document.RootElement.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "unknown";
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }

            statuses[type] = counts.ToDictionary(c => c.Key, c => Suppress(c.Value), StringComparer.Ordinal);
        }

        return TypedResults.Ok(new Indicators(
            time.GetUtcNow(),
            SmallCell,
            Counted.ToDictionary(t => t, t => Suppress(totals.GetValueOrDefault(t)), StringComparer.Ordinal),
            statuses));
    }

    private static int? Suppress(int count) => count is > 0 and < SmallCell ? null : count;
}

/// <param name="Totals">Current records per type; <c>null</c> where the count is 1..<see cref="IndicatorEndpoints.SmallCell"/>-1.</param>
public sealed record Indicators(
    DateTimeOffset GeneratedAt,
    int SmallCellThreshold,
    IReadOnlyDictionary<string, int?> Totals,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int?>> Statuses);
