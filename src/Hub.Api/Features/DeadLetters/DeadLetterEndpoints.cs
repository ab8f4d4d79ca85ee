using Microsoft.AspNetCore.Mvc;
using System.Text.Json;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.DeadLetters;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.DeadLetters;

/// <summary>Dead letters: list, read (payload and history), replay one (optionally edited) or a selection.</summary>
public static class DeadLetterEndpoints
{
    public static RouteGroupBuilder MapDeadLetterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/dead-letters").WithTags("Dead letters");
        group.MapGet("/", ListAsync).WithName("dead_letters_list").WithSummary("Dead letters, newest first (paged; filter by status, connector)");
        group.MapGet("/{id}", GetAsync).WithName("dead_letters_get").WithSummary("One dead letter with its payload and history");
        group.MapPost("/{id}/replay", ReplayOneAsync).WithName("dead_letters_replay").WithSummary("Replay one dead letter, optionally with a corrected payload");
        group.MapPost("/replay", ReplayManyAsync).WithName("dead_letters_replay_many").WithSummary("Replay a selection (ids) or every open dead letter matching a filter");
        return group;
    }

    public static async Task<Results<Ok<DeadLetterPage>, ProblemHttpResult>> ListAsync(
        string? status, string? connector, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, HubDbContext db, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var (size, skip) = (paging.Size, paging.Skip);

        var query = Filter(db, status, connector);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.CreatedAt).Skip(skip).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new DeadLetterPage(total, skip, size, [.. rows.Select(Summary)]));
    }

    public static async Task<Results<Ok<DeadLetterDetail>, NotFound<ProblemDetailsBody>>> GetAsync(string id, HubDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.DeadLetters.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound(new ProblemDetailsBody("Dead letter not found", 404, $"No dead letter '{id}'."));
        }

        return TypedResults.Ok(new DeadLetterDetail(Summary(row), ParseOrString(row.Payload), JsonDocument.Parse(row.History).RootElement.Clone()));
    }

    public static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayOneAsync(
        string id, HttpRequest request, DeadLetterReplayer replayer, CancellationToken cancellationToken)
    {
        string? edited = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            edited = string.IsNullOrWhiteSpace(text) ? null : text;
        }

        var result = await replayer.ReplayAsync(id, edited, Actor(request.HttpContext), cancellationToken);
        return result.Status switch
        {
            ReplayStatus.Replayed => TypedResults.Ok(result),
            ReplayStatus.NotFound => TypedResults.Problem(title: "Dead letter not found", detail: $"No dead letter '{id}'.", statusCode: 404),
            ReplayStatus.NotOpen => TypedResults.Problem(title: "Not open", detail: result.Reason, statusCode: 409),
            ReplayStatus.EditNotSupported => TypedResults.Problem(title: "Edit not supported", detail: result.Reason, statusCode: 400),
            _ => TypedResults.Problem(title: "Replay failed", detail: result.Reason, statusCode: 422),
        };
    }

    public static async Task<Ok<IReadOnlyList<ReplayResult>>> ReplayManyAsync(
        ReplaySelection selection, HttpContext context, HubDbContext db, DeadLetterReplayer replayer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var ids = selection.Ids is { Count: > 0 }
            ? selection.Ids
            : await Filter(db, DeadLetterStates.Open, selection.Connector).OrderBy(d => d.CreatedAt).Select(d => d.Id).Take(Math.Clamp(selection.Limit ?? 1000, 1, 10000)).ToListAsync(cancellationToken);
        var results = new List<ReplayResult>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(await replayer.ReplayAsync(id, null, Actor(context), cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<ReplayResult>>(results);
    }

    private static IQueryable<DeadLetterRow> Filter(HubDbContext db, string? status, string? connector)
    {
        var query = db.DeadLetters.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        if (connector is not null)
        {
            query = query.Where(d => d.Connector == connector);
        }

        return query;
    }

    private static string Actor(HttpContext context) => context.User.Identity?.Name ?? "api";

    private static DeadLetterSummary Summary(DeadLetterRow row) =>
        new(row.Id, row.Direction, row.Connector, row.Stream, row.SourceId, row.Reason, row.Status, row.CreatedAt, row.UpdatedAt);

    private static JsonElement ParseOrString(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(payload);
        }
    }
}

public sealed record DeadLetterSummary(
    string Id, string Direction, string Connector, string Stream, string? SourceId, string Reason, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record DeadLetterDetail(DeadLetterSummary DeadLetter, JsonElement Payload, JsonElement History);

public sealed record DeadLetterPage(int Total, int Offset, int Count, IReadOnlyList<DeadLetterSummary> Items);

/// <summary>Either explicit ids, or every open dead letter of a connector (up to <see cref="Limit"/>).</summary>
public sealed record ReplaySelection(IReadOnlyList<string>? Ids, string? Connector, int? Limit);

public sealed record ProblemDetailsBody(string Title, int Status, string Detail);
