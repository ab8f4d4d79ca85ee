using System.Text;
using System.Text.Json;
using Hub.Archive;
using Hub.Storage;
using Hub.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>
/// Copies the events not yet exported into the payload archive (sealed NDJSON, one link per line with its sequence,
/// predecessor, seal and JSON, so a copy verifies on its own) and records a checkpoint of the chain's head. The
/// checkpoint is what lets verification notice events removed from the end of the chain.
/// </summary>
public sealed class AuditExporter(HubDbContext db, IPayloadArchive archive, TimeProvider time)
{
    /// <summary>Events per archived file: bounded memory, whatever the backlog.</summary>
    public const int EventsPerFile = 20_000;

    public async Task<AuditExportResult> ExportAsync(CancellationToken cancellationToken)
    {
        var files = new List<AuditExportRow>();
        while (true)
        {
            var from = await db.AuditExports.AsNoTracking().MaxAsync(e => (long?)e.ToSequence, cancellationToken) ?? 0;
            var rows = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > from).OrderBy(e => e.Sequence)
                .Take(EventsPerFile).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            var content = Ndjson(rows);
            var archived = await archive.PutAsync(content, ArchiveContentTypes.AuditExport, cancellationToken);
            var checkpoint = new AuditExportRow
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
                FromSequence = rows[0].Sequence,
                ToSequence = rows[^1].Sequence,
                Hash = rows[^1].Hash,
                ArchiveKey = archived.Key,
                Count = rows.Count,
                ExportedAt = time.GetUtcNow(),
            };
            db.AuditExports.Add(checkpoint);

            // Two nodes exporting at once: the unique index on ToSequence lets one checkpoint in; the other's
            // archived copy is the same content address, so nothing is duplicated.
            await db.SaveChangesAsync(cancellationToken);
            files.Add(checkpoint);
            if (rows.Count < EventsPerFile)
            {
                break;
            }
        }

        return new AuditExportResult(files.Sum(f => f.Count), [.. files.Select(f => new AuditExportFile(f.Id, f.FromSequence, f.ToSequence, f.Hash, f.ArchiveKey))]);
    }

    internal static byte[] Ndjson(IReadOnlyList<AuditEventRow> rows)
    {
        using var buffer = new MemoryStream();
        foreach (var row in rows)
        {
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteNumber("sequence", row.Sequence);
                json.WriteString("previousHash", row.PreviousHash);
                json.WriteString("hash", row.Hash);
                json.WriteString("keyId", row.KeyId);
                json.WriteString("event", row.Json);
                json.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }
}

public sealed record AuditExportResult(int Events, IReadOnlyList<AuditExportFile> Files);

public sealed record AuditExportFile(string Id, long FromSequence, long ToSequence, string HeadHash, string ArchiveKey);
