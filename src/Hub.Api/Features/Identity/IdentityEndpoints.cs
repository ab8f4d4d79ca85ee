using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Identity.Status;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Hub.Sync.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Identity;

/// <summary>
/// The identity review queue (issue 5): pairs the matcher was not sure of, both persons side by side with the evidence,
/// and the steward's merge, reject, split and undo (each recorded in <c>identity_decisions</c> and by the request audit).
/// </summary>
public static partial class IdentityEndpoints
{
    public static RouteGroupBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/identity").WithTags("Identity");
        group.MapGet("/reviews", ListAsync).WithName("identity_reviews_list").WithSummary("Identity reviews, newest first (paged; filter by status, default open)");
        group.MapGet("/reviews/{id}", GetAsync).WithName("identity_reviews_get").WithSummary("One review: both persons side by side and the evidence (each trait, its agreement and weight)");
        group.MapPost("/reviews/{id}/merge", MergeAsync).WithName("identity_reviews_merge").WithSummary("Merge the review's right person into the left one (identifiers united, references re-pointed, right deleted)");
        group.MapPost("/reviews/{id}/reject", RejectAsync).WithName("identity_reviews_reject").WithSummary("Not the same person: the pair is never linked automatically");
        group.MapPost("/decisions/{id}/split", SplitAsync).WithName("identity_decisions_split")
            .WithSummary("Split an automatic link: the source record taken back out into a new person (its identifiers, fields and references), the pair never linked automatically again");
        group.MapPost("/decisions/{id}/undo", UndoAsync).WithName("identity_decisions_undo")
            .WithSummary("Undo a merge (the merged person restored, references moved back, the pair never linked again) or a split (the two persons merged again)");
        group.MapGet("/households/{id}/links", HouseholdLinksAsync).WithName("identity_household_links")
            .WithSummary("The households of other sources linked to this one through their members (in force and unlinked), with the shared persons and periods");
        return group;
    }

    public static async Task<Results<Ok<IdentityReviewPage>, ProblemHttpResult>> ListAsync(
        string? status, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, HubDbContext db, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var wanted = status ?? IdentityReviews.Open;
        var query = db.IdentityDecisions.AsNoTracking().Where(d => d.Kind == IdentityDecisionRow.Review && d.Status == wanted);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new IdentityReviewPage(total, paging.Skip, paging.Size, [.. rows.Select(View)]));
    }

    public static async Task<Results<Ok<IdentityReviewDetail>, ProblemHttpResult>> GetAsync(
        string id, HubDbContext db, IResourceStore store, IdentityReviews reviews, CancellationToken cancellationToken)
    {
        var review = await db.IdentityDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.Kind == IdentityDecisionRow.Review, cancellationToken);
        if (review is null)
        {
            return TypedResults.Problem(title: "Review not found", detail: $"No identity review {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var rightId = review.RightPersonId ?? await reviews.PersonOfAsync(review.RightIdentifier, cancellationToken);
        var left = await PersonAsync(store, review.LeftPersonId, cancellationToken);
        var right = await PersonAsync(store, rightId, cancellationToken);
        return TypedResults.Ok(new IdentityReviewDetail(View(review), left, right, StatusOf(left), StatusOf(right)));
    }

    public static Task<Results<Ok<IdentityDecisionView>, ProblemHttpResult>> MergeAsync(string id, HttpContext context, IdentityReviews reviews, CancellationToken cancellationToken) =>
        ActAsync(reviews.MergeAsync(id, Actor(context), cancellationToken));

    public static Task<Results<Ok<IdentityDecisionView>, ProblemHttpResult>> RejectAsync(string id, HttpContext context, IdentityReviews reviews, CancellationToken cancellationToken) =>
        ActAsync(reviews.RejectAsync(id, Actor(context), cancellationToken));

    public static Task<Results<Ok<IdentityDecisionView>, ProblemHttpResult>> SplitAsync(string id, HttpContext context, IdentityReviews reviews, CancellationToken cancellationToken) =>
        ActAsync(reviews.SplitAsync(id, Actor(context), cancellationToken));

    public static Task<Results<Ok<IdentityDecisionView>, ProblemHttpResult>> UndoAsync(string id, HttpContext context, IdentityReviews reviews, CancellationToken cancellationToken) =>
        ActAsync(reviews.UndoAsync(id, Actor(context), cancellationToken));

    private static async Task<Results<Ok<IdentityDecisionView>, ProblemHttpResult>> ActAsync(Task<IdentityActionResult> action)
    {
        var result = await action;
        return result.Status switch
        {
            IdentityActionStatus.Done => TypedResults.Ok(View(result.Decision!)),
            IdentityActionStatus.NotFound => TypedResults.Problem(title: "Not found", detail: result.Reason, statusCode: StatusCodes.Status404NotFound),
            IdentityActionStatus.NotOpen => TypedResults.Problem(title: "Already decided", detail: result.Reason, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(title: "Person missing", detail: result.Reason, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static string Actor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Identity?.Name ?? "api";
    }

    private static async Task<JsonElement?> PersonAsync(IResourceStore store, string? id, CancellationToken cancellationToken) =>
        id is not null && await store.ReadAsync(Person.TypeName, id, cancellationToken) is { IsDeleted: false } person ? Parse(person.Json) : null;

    /// <summary>The RNIV status of a stored person (provisional when it carries none) and whether its NIR may leave the hub.</summary>
    private static IdentityStatusView? StatusOf(JsonElement? person)
    {
        if (person is not { } json)
        {
            return null;
        }

        var code = json.TryGetProperty("identityStatus", out var status) && status.TryGetProperty("code", out var value) ? value.GetString() : null;
        var rnivStatus = IdentityStatusRules.FromCode(code);
        return new IdentityStatusView(code ?? "PROV", rnivStatus.ToString(), IdentityStatusRules.MayShareNir(rnivStatus));
    }

    private static IdentityDecisionView View(IdentityDecisionRow d) => new(
        d.Id, d.Kind, d.Status, d.DecidedAt, d.LeftPersonId, d.RightPersonId, d.RightIdentifier, d.RightSource, d.Score, Parse(d.Evidence), d.Actor, d.RelatedDecisionId);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

public sealed record IdentityDecisionView(
    string Id, string Kind, string Status, DateTimeOffset DecidedAt, string? LeftPersonId, string? RightPersonId, string? RightIdentifier, string? RightSource,
    double Score, JsonElement Evidence, string Actor, string? RelatedDecisionId);

public sealed record IdentityReviewPage(int Total, int Offset, int Count, IReadOnlyList<IdentityDecisionView> Items);

/// <summary>A review with both persons as the hub holds them now (null when one is gone) and each one's identity status.</summary>
public sealed record IdentityReviewDetail(
    IdentityDecisionView Review, JsonElement? Left, JsonElement? Right, IdentityStatusView? LeftIdentityStatus, IdentityStatusView? RightIdentityStatus);

/// <summary>A person's identity status: the canonical code (PROV when none), the RNIV status, and whether a partner may receive its NIR.</summary>
public sealed record IdentityStatusView(string Code, string Status, bool MayShareNir);
