using System.Text.Json;
using Hub.Audit;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Audit;

/// <summary>The audit trail for admins: query, verify the chain, export a checkpoint to the archive.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/audit").WithTags("Audit");
        group.MapGet("/", ListAsync).WithName("audit_list")
            .WithSummary("Audit events, newest first (paged; filter by agent, entity, action, outcome, subtype, since, until)");
        group.MapGet("/verify", VerifyAsync).WithName("audit_verify")
            .WithSummary("Walk the hash chain and the export checkpoints; report edited, deleted, reordered or truncated events");
        group.MapPost("/export", ExportAsync).WithName("audit_export")
            .WithSummary("Export the events not yet exported to the archive and record a checkpoint of the chain's head");
        return group;
    }

    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAsync(
        string? agent, string? entity, string? action, string? outcome, string? subtype, DateTimeOffset? since, DateTimeOffset? until,
        [FromQuery(Name = "_count")] int? count, [FromQuery(Name = "_offset")] int? offset, HubDbContext db, CancellationToken cancellationToken)
    {
        if (!Paging.TryCreate(count, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var query = db.AuditEvents.AsNoTracking();
        query = agent is null ? query : query.Where(e => e.Agent == agent);
        query = entity is null ? query : query.Where(e => e.Entity == entity);
        query = action is null ? query : query.Where(e => e.Action == action);
        query = outcome is null ? query : query.Where(e => e.Outcome == outcome);
        query = subtype is null ? query : query.Where(e => e.Subtype == subtype);
        query = since is null ? query : query.Where(e => e.Recorded >= since);
        query = until is null ? query : query.Where(e => e.Recorded < until);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Sequence).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage(total, paging.Skip, paging.Size,
            [.. rows.Select(r => new AuditEntry(r.Sequence, r.Hash, JsonDocument.Parse(r.Json).RootElement.Clone()))]));
    }

    public static async Task<Ok<AuditVerification>> VerifyAsync(AuditChainVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));

    public static async Task<Ok<AuditExportResult>> ExportAsync(AuditExporter exporter, CancellationToken cancellationToken) =>
        TypedResults.Ok(await exporter.ExportAsync(cancellationToken));
}

public sealed record AuditPage(int Total, int Offset, int Count, IReadOnlyList<AuditEntry> Events);

/// <summary>One link: its place in the chain, its seal, and the FHIR AuditEvent.</summary>
public sealed record AuditEntry(long Sequence, string Hash, JsonElement Event);
