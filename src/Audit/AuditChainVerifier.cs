using System.Text.Json;
using Hub.Storage;
using Hub.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>
/// Walks the whole chain in sequence order and reports every link that does not hold: an edited event (its hash no
/// longer matches, or a filter column no longer agrees with its JSON), a deleted one (a gap in the sequence, the next
/// link pointing at a hash that is not there), a reordered one (links pointing at the wrong predecessor), and events
/// cut off the end (a checkpoint exported to the archive names a head the chain no longer has).
/// </summary>
public sealed class AuditChainVerifier(HubDbContext db, AuditKeyRing keys)
{
    private const int PageSize = 2_000;
    public const int MaxProblemsListed = 100;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var problems = new List<AuditProblem>();
        long expected = 1, count = 0;
        var previousHash = "";
        var hashes = new Dictionary<long, string>();
        var checkpoints = await db.AuditExports.AsNoTracking().OrderBy(e => e.ToSequence).ToListAsync(cancellationToken);
        var wanted = checkpoints.Select(c => c.ToSequence).ToHashSet();
        long last = 0;
        while (true)
        {
            var page = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > last).OrderBy(e => e.Sequence)
                .Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var row in page)
            {
                count++;
                if (row.Sequence != expected)
                {
                    problems.Add(new(row.Sequence, "missing", $"Events {expected}..{row.Sequence - 1} are missing (deleted)."));
                }

                if (row.PreviousHash != previousHash)
                {
                    problems.Add(new(row.Sequence, "broken-link", "The event does not follow the previous one (deleted, inserted or reordered events)."));
                }

                if (!keys.Knows(row.KeyId))
                {
                    problems.Add(new(row.Sequence, "unknown-key", $"Sealed with key '{row.KeyId}', which is not configured."));
                }
                else if (keys.Seal(row.KeyId, row.Sequence, row.PreviousHash, row.Json) != row.Hash)
                {
                    problems.Add(new(row.Sequence, "edited", "The event's content or position does not match its seal (edited)."));
                }
                else if (ColumnsDisagree(row) is { } column)
                {
                    problems.Add(new(row.Sequence, "edited", $"Column '{column}' no longer matches the sealed event (edited)."));
                }

                if (wanted.Contains(row.Sequence))
                {
                    hashes[row.Sequence] = row.Hash;
                }

                previousHash = row.Hash;
                expected = row.Sequence + 1;
                last = row.Sequence;
            }
        }

        foreach (var checkpoint in checkpoints)
        {
            if (!hashes.TryGetValue(checkpoint.ToSequence, out var hash))
            {
                problems.Add(new(checkpoint.ToSequence, "truncated", $"Export {checkpoint.Id} of {checkpoint.ExportedAt:O} ended at event {checkpoint.ToSequence}, which the chain no longer has."));
            }
            else if (hash != checkpoint.Hash)
            {
                problems.Add(new(checkpoint.ToSequence, "diverged", $"Event {checkpoint.ToSequence} differs from the one exported by {checkpoint.Id}."));
            }
        }

        // A wholesale rewrite would list every event: the first ones locate it, the count sizes it.
        return new AuditVerification(problems.Count == 0, count, last, previousHash, checkpoints.Count, problems.Count, [.. problems.Take(MaxProblemsListed)]);
    }

    /// <summary>The filter columns are copies of the sealed JSON; an edit of a column alone must not pass either.</summary>
    private static string? ColumnsDisagree(AuditEventRow row)
    {
        using var document = JsonDocument.Parse(row.Json);
        var root = document.RootElement;
        if (root.GetProperty("id").GetString() != row.Id)
        {
            return "id";
        }

        if (root.GetProperty("action").GetString() != row.Action)
        {
            return "action";
        }

        if (root.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString() != row.Subtype)
        {
            return "subtype";
        }

        if (root.GetProperty("outcome").GetProperty("code").GetProperty("display").GetString() != row.Outcome)
        {
            return "outcome";
        }

        var agent = root.GetProperty("agent")[0].GetProperty("who").GetProperty("identifier").GetProperty("value").GetString();
        if (agent != (row.Agent ?? "anonymous"))
        {
            return "agent";
        }

        var entity = root.TryGetProperty("entity", out var entities) ? entities[0].GetProperty("what").GetProperty("reference").GetString() : null;
        if (entity != row.Entity)
        {
            return "entity";
        }

        var recorded = DateTimeOffset.Parse(root.GetProperty("recorded").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return recorded != row.Recorded ? "recorded" : null;
    }
}

public sealed record AuditVerification(
    bool Valid, long Events, long LastSequence, string HeadHash, int Checkpoints, int ProblemCount, IReadOnlyList<AuditProblem> Problems);

public sealed record AuditProblem(long Sequence, string Kind, string Detail);
