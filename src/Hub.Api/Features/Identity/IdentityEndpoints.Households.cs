using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Hub.Sync.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Identity;

public static partial class IdentityEndpoints
{
    /// <summary>The <c>household-link</c> decisions naming the household, in force first, newest first.</summary>
    public static async Task<Results<Ok<HouseholdLinksView>, ProblemHttpResult>> HouseholdLinksAsync(
        string id, HubDbContext db, IResourceStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        if (await store.ReadAsync(Household.TypeName, id, cancellationToken) is null)
        {
            return TypedResults.Problem(title: "Household not found", detail: $"Household/{id} is not known.", statusCode: StatusCodes.Status404NotFound);
        }

        var rows = await db.IdentityDecisions.AsNoTracking()
            .Where(d => d.Kind == IdentityDecisionRow.HouseholdLink && (d.LeftPersonId == id || d.RightPersonId == id))
            .ToListAsync(cancellationToken);
        var links = rows
            .OrderBy(d => d.Status == HouseholdLinking.Applied ? 0 : 1).ThenByDescending(d => d.DecidedAt).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d =>
            {
                using var evidence = JsonDocument.Parse(d.Evidence);
                var (other, source) = d.LeftPersonId == id
                    ? (d.RightPersonId!, Text(evidence.RootElement, "rightSource"))
                    : (d.LeftPersonId!, Text(evidence.RootElement, "leftSource"));
                return new HouseholdLinkView(d.Id, $"{Household.TypeName}/{other}", source, d.Status, d.DecidedAt, d.Score, evidence.RootElement.Clone());
            })
            .ToList();
        return TypedResults.Ok(new HouseholdLinksView($"{Household.TypeName}/{id}", links));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A household's links to the households of other sources that hold the same persons at the same time.</summary>
public sealed record HouseholdLinksView(string Household, IReadOnlyList<HouseholdLinkView> Links);

/// <summary>
/// One link: the other household and its source, <c>applied</c> or <c>unlinked</c> (membership no longer supports
/// it), the share of the smaller household the shared persons make, and the evidence (shared persons, each side's period).
/// </summary>
public sealed record HouseholdLinkView(string Decision, string Household, string? Source, string Status, DateTimeOffset DecidedAt, double Overlap, JsonElement Evidence);
