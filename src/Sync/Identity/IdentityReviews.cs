using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Identity;

/// <summary>The outcome of a steward's action on a review or a decision.</summary>
public enum IdentityActionStatus
{
    Done,
    NotFound,

    /// <summary>Not in a state that allows the action (a review already decided, a merge already undone).</summary>
    NotOpen,

    /// <summary>One of the two persons is gone (deleted, or merged elsewhere).</summary>
    PersonMissing,
}

public sealed record IdentityActionResult(IdentityActionStatus Status, IdentityDecisionRow? Decision = null, string? Reason = null);

/// <summary>
/// A steward's decisions on identity (issue 5): merge the right person of a review into the left one, reject the pair,
/// split an automatic link (<c>IdentityReviews.Split.cs</c>), undo a merge or a split. Each runs in one transaction, is recorded in <c>identity_decisions</c>, and drops the persons' index
/// so that the next page sees the persons as they now are (and the pair as never-link after a reject or an undo).
/// </summary>
public sealed partial class IdentityReviews(HubDbContext db, IResourceStore store, PersonIndexCache cache, TimeProvider time)
{
    public const string Open = "open";
    public const string Applied = "applied";
    public const string Merged = "merged";
    public const string Rejected = "rejected";
    public const string Undone = "undone";

    /// <summary>The right person of an open review merged into the left: identifiers united, references re-pointed, right deleted.</summary>
    public async Task<IdentityActionResult> MergeAsync(string reviewId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (review, failure) = await OpenReviewAsync(reviewId, cancellationToken);
        if (review is null)
        {
            return failure!;
        }

        var left = await LiveAsync(review.LeftPersonId, cancellationToken);
        var right = await LiveAsync(review.RightPersonId ?? await PersonOfAsync(review.RightIdentifier, cancellationToken), cancellationToken);
        if (left is null || right is null || left.Id == right.Id)
        {
            return new IdentityActionResult(IdentityActionStatus.PersonMissing, review, "One of the two persons no longer exists.");
        }

        var leftJson = JsonNode.Parse(left.Json)!.AsObject();
        var rightJson = JsonNode.Parse(right.Json)!.AsObject();
        var moved = await RepointAsync(right.Id, left.Id, null, cancellationToken);
        // The right person goes first: its identifiers are unique per type, the left one can take them only then.
        await store.DeleteAsync(Person.TypeName, right.Id, right.VersionId, cancellationToken);
        var united = Identifiers(leftJson);
        foreach (var identifier in Identifiers(rightJson).OfType<JsonNode>().Where(i => !united.Any(u => SameIdentifier(u, i))))
        {
            united.Add(identifier.DeepClone());
        }

        if (leftJson["identifier"] is null)
        {
            leftJson["identifier"] = united;
        }
        await store.UpdateAsync(Person.TypeName, left.Id, leftJson, left.VersionId, cancellationToken);

        var merge = Record(IdentityDecisionRow.Merge, left.Id, right.Id, actor, review, new JsonObject
        {
            ["mergedVersion"] = right.VersionId,
            ["identifiers"] = Identifiers(rightJson).DeepClone(),
            ["moved"] = new JsonArray([.. moved.Select(m => (JsonNode)new JsonObject { ["resourceType"] = m.ResourceType, ["id"] = m.Id })]),
        }, Applied);
        review.RightPersonId = right.Id;
        review.Status = Merged;
        await SaveAsync(transaction, review, cancellationToken);
        return new IdentityActionResult(IdentityActionStatus.Done, merge);
    }

    /// <summary>The pair of an open review is not one person: it is never linked automatically again.</summary>
    public async Task<IdentityActionResult> RejectAsync(string reviewId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (review, failure) = await OpenReviewAsync(reviewId, cancellationToken);
        if (review is null)
        {
            return failure!;
        }

        review.RightPersonId ??= await PersonOfAsync(review.RightIdentifier, cancellationToken);
        review.Status = Rejected;
        var reject = Record(IdentityDecisionRow.Reject, review.LeftPersonId, review.RightPersonId, actor, review, new JsonObject(), Applied);
        await SaveAsync(transaction, review, cancellationToken);
        return new IdentityActionResult(IdentityActionStatus.Done, reject);
    }

    /// <summary>
    /// Undoes a merge: the merged-away person comes back from its last version with its identifiers, what was re-pointed
    /// to the kept person points back to it, and the pair becomes never-link.
    /// </summary>
    public async Task<IdentityActionResult> UndoAsync(string decisionId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merge = await db.IdentityDecisions.SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken);
        if (merge is null)
        {
            return new IdentityActionResult(IdentityActionStatus.NotFound, Reason: $"No identity decision {decisionId}.");
        }

        if (merge is { Kind: IdentityDecisionRow.Split, Status: Applied })
        {
            return await UndoSplitAsync(transaction, merge, actor, cancellationToken);
        }

        if (merge is not { Kind: IdentityDecisionRow.Merge, Status: Applied, LeftPersonId: { } leftId, RightPersonId: { } rightId })
        {
            return new IdentityActionResult(IdentityActionStatus.NotOpen, merge, $"Decision {decisionId} is not a merge or a split in force ({merge.Kind}, {merge.Status}).");
        }

        var left = await LiveAsync(leftId, cancellationToken);
        var evidence = JsonNode.Parse(merge.Evidence)!.AsObject();
        var last = await store.ReadVersionAsync(Person.TypeName, rightId, evidence["mergedVersion"]!.GetValue<long>(), cancellationToken);
        if (left is null || last is null)
        {
            return new IdentityActionResult(IdentityActionStatus.PersonMissing, merge, "The kept person or the merged one's last version no longer exists.");
        }

        // The kept person gives back the identifiers it received, then the other one is restored with them.
        var leftJson = JsonNode.Parse(left.Json)!.AsObject();
        var given = evidence["identifiers"]!.AsArray();
        leftJson["identifier"] = new JsonArray([.. Identifiers(leftJson).OfType<JsonNode>().Where(i => !given.Any(g => SameIdentifier(g, i))).Select(i => i.DeepClone())]);
        await store.UpdateAsync(Person.TypeName, left.Id, leftJson, left.VersionId, cancellationToken);
        var restored = JsonNode.Parse(last.Json)!.AsObject();
        restored.Remove("meta");
        await store.UpdateAsync(Person.TypeName, rightId, restored, null, cancellationToken);
        var moved = evidence["moved"]!.AsArray().Select(m => (m!["resourceType"]!.GetValue<string>(), m["id"]!.GetValue<string>())).ToList();
        await RepointAsync(leftId, rightId, moved, cancellationToken);

        merge.Status = Undone;
        var undo = Record(IdentityDecisionRow.Undo, leftId, rightId, actor, merge, new JsonObject(), Applied);
        await SaveAsync(transaction, merge, cancellationToken);
        return new IdentityActionResult(IdentityActionStatus.Done, undo);
    }

    private async Task<(IdentityDecisionRow? Review, IdentityActionResult? Failure)> OpenReviewAsync(string id, CancellationToken cancellationToken)
    {
        var review = await db.IdentityDecisions.SingleOrDefaultAsync(d => d.Id == id && d.Kind == IdentityDecisionRow.Review, cancellationToken);
        return review switch
        {
            null => (null, new IdentityActionResult(IdentityActionStatus.NotFound, Reason: $"No identity review {id}.")),
            { Status: not Open } => (null, new IdentityActionResult(IdentityActionStatus.NotOpen, review, $"Review {id} is {review.Status}.")),
            _ => (review, null),
        };
    }

    /// <summary>The hub id of the person an identifier token (<c>system|value</c>) names now.</summary>
    public async Task<string?> PersonOfAsync(string? token, CancellationToken cancellationToken) =>
        token is not null && PersonRecords.Parse(token) is { } identifier
            ? (await store.FindByIdentifierAsync(Person.TypeName, identifier.System, identifier.Value, cancellationToken))?.Id
            : null;

    private async Task<StoredResource?> LiveAsync(string? id, CancellationToken cancellationToken) =>
        id is not null && await store.ReadAsync(Person.TypeName, id, cancellationToken) is { IsDeleted: false } person ? person : null;

    /// <summary>
    /// The live resources that point to <c>Person/from</c> (of any type), or exactly those of <paramref name="only"/>
    /// (an undo knows which ones a merge or a split re-pointed).
    /// </summary>
    private async Task<List<StoredResource>> RepointTargetsAsync(
        string from, IReadOnlyList<(string ResourceType, string Id)>? only, CancellationToken cancellationToken)
    {
        var targets = new List<StoredResource>();
        if (only is null)
        {
            foreach (var type in CanonicalResourceTypes.ByName.Keys)
            {
                targets.AddRange(await store.ReferencingAsync(type, Person.TypeName, from, cancellationToken));
            }
        }
        else
        {
            foreach (var (type, id) in only)
            {
                if (await store.ReadAsync(type, id, cancellationToken) is { IsDeleted: false } resource)
                {
                    targets.Add(resource);
                }
            }
        }

        return targets;
    }

    /// <summary>
    /// Every resource that points to <c>Person/from</c> (or only <paramref name="only"/>) now points to <c>Person/to</c>;
    /// returns the resources changed.
    /// </summary>
    private async Task<List<(string ResourceType, string Id)>> RepointAsync(
        string from, string to, IReadOnlyList<(string ResourceType, string Id)>? only, CancellationToken cancellationToken)
    {
        var targets = await RepointTargetsAsync(from, only, cancellationToken);

        var changed = new List<(string, string)>();
        foreach (var resource in targets)
        {
            var json = JsonNode.Parse(resource.Json)!.AsObject();
            if (Replace(json, $"{Person.TypeName}/{from}", $"{Person.TypeName}/{to}"))
            {
                json.Remove("meta");
                await store.UpdateAsync(resource.ResourceType, resource.Id, json, resource.VersionId, cancellationToken);
                changed.Add((resource.ResourceType, resource.Id));
            }
        }

        return changed;
    }

    private static bool Replace(JsonNode node, string from, string to)
    {
        var replaced = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (name == "reference" && child is JsonValue value && value.TryGetValue<string>(out var text) && text == from)
                    {
                        obj[name] = to;
                        replaced = true;
                    }
                    else if (child is not null)
                    {
                        replaced |= Replace(child, from, to);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    replaced |= Replace(child, from, to);
                }

                break;
        }

        return replaced;
    }

    private static JsonArray Identifiers(JsonObject person) => person["identifier"] as JsonArray ?? [];

    private static bool SameIdentifier(JsonNode? a, JsonNode? b) =>
        a is not null && b is not null && a["system"]?.GetValue<string>() == b["system"]?.GetValue<string>() && a["value"]?.GetValue<string>() == b["value"]?.GetValue<string>();

    private IdentityDecisionRow Record(string kind, string? left, string? right, string actor, IdentityDecisionRow related, JsonObject evidence, string status)
    {
        var now = time.GetUtcNow();
        var row = new IdentityDecisionRow
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            DecidedAt = now,
            Kind = kind,
            LeftPersonId = left,
            RightPersonId = right,
            Score = related.Score,
            Evidence = evidence.ToJsonString(),
            Actor = actor,
            Status = status,
            RelatedDecisionId = related.Id,
        };
        db.IdentityDecisions.Add(row);
        return row;
    }

    private Task SaveAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, IdentityDecisionRow changed, CancellationToken cancellationToken) =>
        SaveAsync(transaction, [changed], cancellationToken);

    private async Task SaveAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, IReadOnlyList<IdentityDecisionRow> changed, CancellationToken cancellationToken)
    {
        // The store's writes clear the change tracker: the decisions this action closes are attached again.
        db.IdentityDecisions.UpdateRange(changed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Forget();
    }
}
