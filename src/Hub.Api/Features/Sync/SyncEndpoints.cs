using Microsoft.AspNetCore.Mvc;
using Hub.Storage;
using Hub.Sync.Health;
using Hub.Sync.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Sync;

/// <summary>Sync health and control: <c>/api/sync/connectors</c>, run now / pause / resume, and the run history.</summary>
public static class SyncEndpoints
{
    public static RouteGroupBuilder MapSyncEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/sync").WithTags("Sync");
        group.MapGet("/connectors", ListConnectorsAsync).WithName("sync_connectors").WithSummary("Every connector and stream with its health");
        group.MapGet("/connectors/{name}", GetConnectorAsync).WithName("sync_connector").WithSummary("One connector's health");
        group.MapPost("/connectors/{name}/run", RunNowAsync).WithName("sync_run").WithSummary("Run every stream of the connector now");
        group.MapPost("/connectors/{name}/pause", PauseAsync).WithName("sync_pause").WithSummary("Pause the connector's schedule (kept across restarts)");
        group.MapPost("/connectors/{name}/resume", ResumeAsync).WithName("sync_resume").WithSummary("Resume the connector's schedule");
        group.MapGet("/history", HistoryAsync).WithName("sync_history")
            .WithSummary("Throughput, errors and lag per connector: period=24h (hourly buckets, default) or 7d (6-hour buckets); connector= to keep one");
        group.MapGet("/runs", ListRunsAsync).WithName("sync_runs").WithSummary("Run history with per-stream counts (paged)");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<ConnectorHealth>>> ListConnectorsAsync(SyncHealthService health, CancellationToken cancellationToken) =>
        TypedResults.Ok(await health.AllAsync(cancellationToken));

    public static async Task<Results<Ok<ConnectorHealth>, ProblemHttpResult>> GetConnectorAsync(
        string name, SyncControl control, SyncHealthService health, CancellationToken cancellationToken) =>
        control.Knows(name) ? TypedResults.Ok(await health.OneAsync(name, cancellationToken)) : UnknownConnector(name, control);

    public static async Task<Results<Accepted<RunAccepted>, ProblemHttpResult>> RunNowAsync(
        string name, SyncControl control, CancellationToken cancellationToken)
    {
        if (!control.Knows(name))
        {
            return UnknownConnector(name, control);
        }

        var streams = await control.RunNowAsync(name, cancellationToken);
        return TypedResults.Accepted($"/api/sync/connectors/{name}", new RunAccepted(name, streams));
    }

    public static async Task<Results<Ok<ConnectorHealth>, ProblemHttpResult>> PauseAsync(
        string name, PauseRequest? request, HttpContext context, SyncControl control, SyncHealthService health, CancellationToken cancellationToken)
    {
        if (!control.Knows(name))
        {
            return UnknownConnector(name, control);
        }

        var who = context.User.Identity?.Name ?? "api";
        await control.PauseAsync(name, $"{who}: {request?.Reason ?? "paused by an operator"}", cancellationToken);
        return TypedResults.Ok(await health.OneAsync(name, cancellationToken));
    }

    public static async Task<Results<Ok<ConnectorHealth>, ProblemHttpResult>> ResumeAsync(
        string name, SyncControl control, SyncHealthService health, CancellationToken cancellationToken)
    {
        if (!control.Knows(name))
        {
            return UnknownConnector(name, control);
        }

        await control.ResumeAsync(name, cancellationToken);
        return TypedResults.Ok(await health.OneAsync(name, cancellationToken));
    }

    public static async Task<Results<Ok<SyncHistory>, ProblemHttpResult>> HistoryAsync(
        string? period, string? connector, SyncControl control, SyncHistoryService history, CancellationToken cancellationToken)
    {
        if (SyncHistoryService.ParsePeriod(period) is not { } window)
        {
            return TypedResults.Problem(title: "Invalid period", detail: $"period must be 24h or 7d, not '{period}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (connector is not null && !control.Knows(connector))
        {
            return UnknownConnector(connector, control);
        }

        return TypedResults.Ok(await history.ReadAsync(window, connector, cancellationToken));
    }

    public static async Task<Results<Ok<RunPage>, ProblemHttpResult>> ListRunsAsync(
        string? connector, string? status, DateTimeOffset? since, [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, HubDbContext db, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var (size, skip) = (paging.Size, paging.Skip);

        var runs = db.SyncRuns.AsNoTracking();
        if (connector is not null)
        {
            runs = runs.Where(r => r.Connector == connector);
        }

        if (status is not null)
        {
            runs = runs.Where(r => r.Status == status);
        }

        if (since is { } from)
        {
            var bound = from.ToUniversalTime();
            runs = runs.Where(r => r.StartedAt >= bound);
        }

        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.StartedAt).Skip(skip).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RunPage(total, skip, size, [.. items.Select(SyncHealthService.Summary)]));
    }

    private static ProblemHttpResult UnknownConnector(string name, SyncControl control) =>
        TypedResults.Problem(title: "Unknown connector", detail: $"'{name}' is not a connector (known: {string.Join(", ", control.Connectors)}).",
            statusCode: StatusCodes.Status404NotFound);
}

public sealed record RunAccepted(string Connector, IReadOnlyList<string> Streams);

public sealed record PauseRequest(string? Reason);

public sealed record RunPage(int Total, int Offset, int Count, IReadOnlyList<RunSummary> Items);
