using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Pipeline;
using Hub.Sync.Runs;
using Hub.Sync.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Inbound;

/// <summary>
/// Partners push changes to <c>/api/inbound/{system}</c> as <c>{"stream": "...", "elements": [records as in the list
/// contract]}</c>. The records go through the same contract check, mapping and pipeline as pulled pages; the answer is
/// remembered under the Idempotency-Key so a retried push has no second effect and gets the first answer.
/// </summary>
public sealed class InboundPushService(HubDbContext db, IEnumerable<IPullStream> streams, PagePipeline pipeline, SyncMetrics metrics, TimeProvider time)
{
    private readonly IReadOnlyList<IRecordReader> _readers = [.. streams.OfType<IRecordReader>()];

    public bool Accepts(string system) => _readers.Any(r => r.Connector == system);

    public async Task<InboundPushResult> PushAsync(string system, string idempotencyKey, byte[] body, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var previous = await db.InboundRequests.AsNoTracking()
            .FirstOrDefaultAsync(r => r.System == system && r.IdempotencyKey == idempotencyKey, cancellationToken);
        if (previous is not null)
        {
            return previous.RequestHash == hash
                ? new InboundPushResult(previous.StatusCode, previous.Response, Replayed: true)
                : Problem(422, "Idempotency-Key reused with a different body", $"Key '{idempotencyKey}' was first used for another request (tracking id {previous.TrackingId}).");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return Problem(400, "Malformed JSON", ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("stream", out var streamElement) || streamElement.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Array)
            {
                return Problem(400, "Unexpected body", "Expected {\"stream\": \"<stream>\", \"elements\": [ ... ]}.");
            }

            var stream = streamElement.GetString()!;
            var reader = _readers.FirstOrDefault(r => r.Connector == system && r.Stream == stream);
            if (reader is null)
            {
                var known = string.Join(", ", _readers.Where(r => r.Connector == system).Select(r => r.Stream));
                return Problem(422, "Unknown stream", $"{system} has no stream '{stream}' (known: {known}).");
            }

            using var activity = SyncTelemetry.StartStage(SyncTelemetry.Spans.Push, system, stream)?.SetTag(SyncTelemetry.Tags.Trigger, RunTrigger.Push);
            var records = new List<PulledRecord>();
            var rejected = new List<RejectedRecord>();
            using (SyncTelemetry.StartStage(SyncTelemetry.Spans.Receive, system, stream))
            {
                foreach (var element in elements.EnumerateArray())
                {
                    var read = reader.Read(element.Clone());
                    if (read.Record is { } record)
                    {
                        records.Add(record);
                    }
                    else if (read.Rejected is { } rejection)
                    {
                        rejected.Add(rejection);
                    }
                }
            }

            var now = time.GetUtcNow();
            var run = new SyncRunRow
            {
                Id = Guid.CreateVersion7(now).ToString("N"),
                Connector = system,
                Stream = stream,
                Trigger = RunTrigger.Push,
                Status = RunStatus.Running,
                StartedAt = now,
            };
            var page = new PulledPage(system, stream, null, body, "application/json", records, rejected, null, false);
            var outcome = await pipeline.ProcessAsync(page, advanceCursor: false, cancellationToken);
            run.Status = RunStatus.Succeeded;
            run.FinishedAt = time.GetUtcNow();
            run.Pages = 1;
            run.RecordsRead = outcome.Read;
            run.RecordsWritten = outcome.Written;
            run.RecordsSkipped = outcome.Skipped;
            run.RecordsFailed = outcome.Failed;
            activity?.SetTag(SyncTelemetry.Tags.RunId, run.Id).SetTag(SyncTelemetry.Tags.Records, outcome.Read);
            metrics.RecordPage(system, stream, outcome);
            metrics.RecordRun(system, stream, RunTrigger.Push, run.Status, run.FinishedAt.Value - run.StartedAt);

            var response = new JsonObject
            {
                ["trackingId"] = run.Id,
                ["system"] = system,
                ["stream"] = stream,
                ["received"] = outcome.Read,
                ["written"] = outcome.Written,
                ["unchanged"] = outcome.Skipped,
                ["deadLettered"] = outcome.Failed,
                ["archiveKey"] = outcome.ArchiveKey,
            }.ToJsonString();
            db.SyncRuns.Add(run);
            db.InboundRequests.Add(new InboundRequestRow
            {
                System = system,
                IdempotencyKey = idempotencyKey,
                TrackingId = run.Id,
                RequestHash = hash,
                StatusCode = 202,
                Response = response,
                ReceivedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            return new InboundPushResult(202, response, Replayed: false);
        }
    }

    private static InboundPushResult Problem(int status, string title, string detail) =>
        new(status, new JsonObject { ["type"] = "about:blank", ["title"] = title, ["status"] = status, ["detail"] = detail }.ToJsonString(), Replayed: false);
}
