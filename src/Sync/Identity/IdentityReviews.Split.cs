using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Identity.Matching;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Hub.Sync.Survivorship;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Identity;

/// <summary>
/// Split (issue 5): an automatic link taken apart. The store keeps no copy of the incoming record, only the merged
/// person, its versions (each stamped with the source that wrote it), the field provenance and the conflicts; the
/// source's person is rebuilt from those:
/// <list type="bullet">
/// <item>identifiers: the record's own (<see cref="IdentityDecisionRow.RightIdentifier"/>) and every identifier a version
/// written by that source added;</item>
/// <item>fields: those whose provenance is that source (moved out of the kept person, which gets back the other source's
/// value when a conflict recorded it, else loses the field), and those where that source lost a recorded conflict;</item>
/// <item>references: in resources pointing to the kept person, only the fields that source wrote are re-pointed.</item>
/// </list>
/// A field the source sent with the same value as the kept person left no stamp of its own (the first writer keeps it):
/// it is copied when the link's evidence shows that trait exactly equal (birth date, sex, birthplace, birth and first
/// names), else it is not rebuilt (the source's next update brings it).
/// </summary>
public sealed partial class IdentityReviews
{
    /// <summary>The status of an automatic link a steward took apart.</summary>
    public const string SplitStatus = "split";

    /// <summary>Takes the record an auto-link merged back out into a new person; the pair is never linked automatically again.</summary>
    public async Task<IdentityActionResult> SplitAsync(string decisionId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await db.IdentityDecisions.SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken);
        if (link is null)
        {
            return new IdentityActionResult(IdentityActionStatus.NotFound, Reason: $"No identity decision {decisionId}.");
        }

        if (link is { Kind: IdentityDecisionRow.Merge, Status: Applied })
        {
            // The merged person still exists as a deleted resource with its full history: undo brings it back as it was.
            return new IdentityActionResult(IdentityActionStatus.NotOpen, link, $"Decision {decisionId} is a steward's merge: take it apart with undo (POST /api/identity/decisions/{decisionId}/undo).");
        }

        if (link is not { Kind: IdentityDecisionRow.AutoLink, Status: Applied, RightIdentifier: { } token, RightSource: { } source })
        {
            return new IdentityActionResult(IdentityActionStatus.NotOpen, link, $"Decision {decisionId} is not an automatic link in force ({link.Kind}, {link.Status}).");
        }

        var merged = await LiveAsync(await PersonOfAsync(token, cancellationToken), cancellationToken);
        if (merged is null)
        {
            return new IdentityActionResult(IdentityActionStatus.PersonMissing, link, "No person holds the linked record's identifier any more.");
        }

        var mergedJson = JsonNode.Parse(merged.Json)!.AsObject();
        var brought = await IdentifiersBroughtAsync(merged.Id, source, token, cancellationToken);
        var kept = new JsonArray([.. Identifiers(mergedJson).OfType<JsonNode>().Where(i => !brought.Any(b => SameIdentifier(b, i))).Select(i => i.DeepClone())]);
        if (kept.Count == 0)
        {
            return new IdentityActionResult(IdentityActionStatus.NotOpen, link, $"Every identifier of Person/{merged.Id} came from {source}: there is nothing to split.");
        }

        var plan = await PlanSplitAsync(merged.Id, mergedJson, source, link.Evidence, cancellationToken);
        plan.Left["identifier"] = kept;
        plan.Right["identifier"] = new JsonArray([.. brought.Select(b => b.DeepClone())]);

        // The kept person gives the identifiers up first: they are unique per type.
        await store.UpdateAsync(Person.TypeName, merged.Id, plan.Left, merged.VersionId, cancellationToken);
        await RestampAsync(merged.Id, plan.Restored, cancellationToken);
        var created = await store.CreateAsync(Person.TypeName, plan.Right, new ResourceAttribution(source, plan.SourceChangedAt), cancellationToken);
        var rightId = created.Resource!.Id;
        var moved = await RepointSourceFieldsAsync(merged.Id, rightId, source, only: null, cancellationToken);
        await SetConflictsAsync(plan.Conflicts, open: false, actor, cancellationToken);

        link.Status = SplitStatus;
        var split = Record(IdentityDecisionRow.Split, merged.Id, rightId, actor, link, new JsonObject
        {
            ["identifiers"] = plan.Right["identifier"]!.DeepClone(),
            ["left"] = plan.LeftBefore,
            ["conflicts"] = new JsonArray([.. plan.Conflicts.Select(c => (JsonNode)c)]),
            ["moved"] = Moved(moved),
        }, Applied);
        split.RightIdentifier = token;
        split.RightSource = source;
        await SaveAsync(transaction, [link], cancellationToken);
        return new IdentityActionResult(IdentityActionStatus.Done, split);
    }

    /// <summary>
    /// Undoes a split: the split-off person is merged back into the kept one (identifiers, the source's fields where the
    /// kept person still holds what the split left, references moved back), and the automatic link is in force again.
    /// </summary>
    private async Task<IdentityActionResult> UndoSplitAsync(
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, IdentityDecisionRow split, string actor, CancellationToken cancellationToken)
    {
        var left = await LiveAsync(split.LeftPersonId, cancellationToken);
        var right = await LiveAsync(split.RightPersonId, cancellationToken);
        if (left is null || right is null || split.RightSource is not { } source)
        {
            return new IdentityActionResult(IdentityActionStatus.PersonMissing, split, "One of the two persons of the split no longer exists.");
        }

        var evidence = JsonNode.Parse(split.Evidence)!.AsObject();
        var leftJson = JsonNode.Parse(left.Json)!.AsObject();
        var rightJson = JsonNode.Parse(right.Json)!.AsObject();
        var rightStamps = (await store.FieldProvenanceAsync(Person.TypeName, right.Id, cancellationToken)).ToDictionary(p => p.Path, StringComparer.Ordinal);
        var before = evidence["left"]!.AsObject();
        var restored = new List<(string Path, string Source, DateTimeOffset ChangedAt)>();
        foreach (var (path, value) in rightJson)
        {
            if (ResourceFields.IsServerOwned(path) || path == "identifier" || value is null
                || !rightStamps.TryGetValue(path, out var stamp) || stamp.Source != source)
            {
                continue;
            }

            // The kept person's value is replaced only where it is still what the split left (or absent): a change made
            // since by another source stays.
            var leftSince = before[path] is JsonObject change ? change["after"] : null;
            if (leftJson[path] is null || (before.ContainsKey(path) && JsonNode.DeepEquals(leftJson[path], leftSince)))
            {
                leftJson[path] = value.DeepClone();
                restored.Add((path, stamp.Source, stamp.ChangedAt));
            }
        }

        var moved = evidence["moved"]!.AsArray().Select(m => (m!["resourceType"]!.GetValue<string>(), m["id"]!.GetValue<string>())).ToList();
        await RepointSourceFieldsAsync(right.Id, left.Id, source, moved, cancellationToken);
        await store.DeleteAsync(Person.TypeName, right.Id, right.VersionId, cancellationToken);
        var united = Identifiers(leftJson);
        foreach (var identifier in Identifiers(rightJson).OfType<JsonNode>().Where(i => !united.Any(u => SameIdentifier(u, i))))
        {
            united.Add(identifier.DeepClone());
        }

        leftJson["identifier"] = united.DeepClone();
        leftJson.Remove("meta");
        await store.UpdateAsync(Person.TypeName, left.Id, leftJson, left.VersionId, cancellationToken);
        await RestampAsync(left.Id, restored, cancellationToken);
        await SetConflictsAsync([.. evidence["conflicts"]!.AsArray().Select(c => c!.GetValue<string>())], open: true, actor, cancellationToken);

        split.Status = Undone;
        var link = split.RelatedDecisionId is null ? null : await db.IdentityDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == split.RelatedDecisionId, cancellationToken);
        var undo = Record(IdentityDecisionRow.Undo, left.Id, right.Id, actor, split, new JsonObject { ["restoredFields"] = new JsonArray([.. restored.Select(r => (JsonNode)r.Path)]) }, Applied);
        if (link is not null)
        {
            link.Status = Applied;
        }

        await SaveAsync(transaction, link is null ? [split] : [split, link], cancellationToken);
        return new IdentityActionResult(IdentityActionStatus.Done, undo);
    }

    /// <summary>The record's own identifier and every identifier a version written by <paramref name="source"/> added.</summary>
    private async Task<List<JsonNode>> IdentifiersBroughtAsync(string personId, string source, string token, CancellationToken cancellationToken)
    {
        var brought = new List<JsonNode>();
        if (PersonRecords.Parse(token) is { } own)
        {
            brought.Add(new JsonObject { ["system"] = own.System, ["value"] = own.Value });
        }

        var history = await store.HistoryAsync(Person.TypeName, personId, 0, int.MaxValue, cancellationToken);
        JsonArray previous = [];
        foreach (var version in history.Items.OrderBy(v => v.VersionId))
        {
            var json = JsonNode.Parse(version.Json)!.AsObject();
            var identifiers = Identifiers(json);
            if (!version.IsDeleted && ResourceFields.SourceOf(json["meta"]?["source"]?.GetValue<string>()) == source)
            {
                brought.AddRange(identifiers.OfType<JsonNode>().Where(i => !previous.Any(p => SameIdentifier(p, i)) && !brought.Any(b => SameIdentifier(b, i))));
            }

            previous = identifiers;
        }

        return brought;
    }

    /// <summary>Which fields go to the source's new person, and what the kept person keeps in their place.</summary>
    private async Task<SplitPlan> PlanSplitAsync(string personId, JsonObject merged, string source, string linkEvidence, CancellationToken cancellationToken)
    {
        var stamps = (await store.FieldProvenanceAsync(Person.TypeName, personId, cancellationToken)).ToDictionary(p => p.Path, StringComparer.Ordinal);
        var conflicts = await db.Conflicts.AsNoTracking()
            .Where(c => c.ResourceType == Person.TypeName && c.ResourceId == personId && c.Status == Conflicts.Open && (c.KeptSource == source || c.OtherSource == source))
            .ToListAsync(cancellationToken);
        var plan = new SplitPlan(
            (JsonObject)merged.DeepClone(),
            new JsonObject { ["resourceType"] = Person.TypeName, ["meta"] = new JsonObject { ["source"] = $"urn:lda-hub:source:{source}" } });
        plan.Left.Remove("meta");
        foreach (var (path, value) in merged)
        {
            if (ResourceFields.IsServerOwned(path) || path == "identifier" || value is null || !stamps.TryGetValue(path, out var stamp) || stamp.Source != source)
            {
                continue;
            }

            plan.Right[path] = value.DeepClone();
            plan.SourceChangedAt = plan.SourceChangedAt is { } at && at > stamp.ChangedAt ? at : stamp.ChangedAt;
            // The other source's value, when it lost to this one, comes back; otherwise only this source had the field.
            var lost = conflicts.Where(c => c.Path == path && c.KeptSource == source && c.OtherSource != source).MaxBy(c => c.DetectedAt);
            if (lost is null)
            {
                plan.Left.Remove(path);
            }
            else
            {
                plan.Left[path] = JsonNode.Parse(lost.OtherValue);
                plan.Restored.Add((path, lost.OtherSource, lost.OtherChangedAt));
            }

            plan.LeftBefore[path] = new JsonObject
            {
                ["before"] = value.DeepClone(),
                ["after"] = plan.Left[path]?.DeepClone(),
            };
        }

        foreach (var conflict in conflicts.OrderBy(c => c.DetectedAt))
        {
            // This source's value lost to another's on the kept person: it is still this source's view of the person.
            if (conflict.OtherSource == source && conflict.KeptSource != source && !plan.Right.ContainsKey(conflict.Path))
            {
                plan.Right[conflict.Path] = JsonNode.Parse(conflict.OtherValue);
            }
        }

        // A field the source sent with the kept value left no stamp of its own; the link's evidence says which traits
        // were equal (after folding case and accents): the kept value is then the source's too.
        foreach (var path in AgreedFields(linkEvidence))
        {
            if (!plan.Right.ContainsKey(path) && merged[path] is { } value)
            {
                plan.Right[path] = value.DeepClone();
            }
        }

        plan.Conflicts.AddRange(conflicts.Select(c => c.Id));
        return plan;
    }

    /// <summary>
    /// In every resource pointing to <c>Person/from</c> (or only in <paramref name="only"/>), the references inside the
    /// top-level fields <paramref name="source"/> wrote now point to <c>Person/to</c>; their stamp stays the source's.
    /// </summary>
    private async Task<List<(string ResourceType, string Id)>> RepointSourceFieldsAsync(
        string from, string to, string source, IReadOnlyList<(string ResourceType, string Id)>? only, CancellationToken cancellationToken)
    {
        var targets = await RepointTargetsAsync(from, only, cancellationToken);

        var changed = new List<(string, string)>();
        foreach (var resource in targets)
        {
            var json = JsonNode.Parse(resource.Json)!.AsObject();
            var stamps = await store.FieldProvenanceAsync(resource.ResourceType, resource.Id, cancellationToken);
            DateTimeOffset? changedAt = null;
            foreach (var stamp in stamps.Where(s => s.Source == source))
            {
                if (json[stamp.Path] is { } field && Replace(field, $"{Person.TypeName}/{from}", $"{Person.TypeName}/{to}"))
                {
                    changedAt = changedAt is { } at && at > stamp.ChangedAt ? at : stamp.ChangedAt;
                }
            }

            if (changedAt is not null)
            {
                json["meta"] = new JsonObject { ["source"] = $"urn:lda-hub:source:{source}" };
                await store.UpdateAsync(resource.ResourceType, resource.Id, json, resource.VersionId, new ResourceAttribution(source, changedAt), cancellationToken);
                changed.Add((resource.ResourceType, resource.Id));
            }
        }

        return changed;
    }

    /// <summary>The fields a steward's write gave back to another source keep that source's stamp, not the hub's.</summary>
    private async Task RestampAsync(string personId, IEnumerable<(string Path, string Source, DateTimeOffset ChangedAt)> stamps, CancellationToken cancellationToken)
    {
        foreach (var (path, source, changedAt) in stamps)
        {
            await db.FieldProvenance
                .Where(p => p.ResourceType == Person.TypeName && p.ResourceId == personId && p.Path == path)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Source, source).SetProperty(p => p.ChangedAt, changedAt.ToUniversalTime()), cancellationToken);
        }
    }

    /// <summary>A split ends the conflicts between the two sources on the kept person (they are two persons); its undo reopens them.</summary>
    private async Task SetConflictsAsync(List<string> ids, bool open, string actor, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        await db.Conflicts.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, open ? Conflicts.Open : Conflicts.Resolved)
                .SetProperty(c => c.ResolvedAt, open ? null : now)
                .SetProperty(c => c.ResolvedBy, open ? null : actor),
            cancellationToken);
    }

    /// <summary>The person fields whose traits the matcher found exactly equal when it linked the record.</summary>
    private static List<string> AgreedFields(string linkEvidence)
    {
        var exact = (JsonNode.Parse(linkEvidence)?["traits"] as JsonArray ?? [])
            .Where(t => t?["agreement"]?.GetValue<string>() == nameof(Agreement.Exact))
            .Select(t => t!["trait"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        var fields = new List<string>();
        if (exact.Contains(nameof(Trait.BirthDate)))
        {
            fields.Add("birthDate");
        }

        if (exact.Contains(nameof(Trait.Sex)))
        {
            fields.Add("sex");
        }

        if (exact.Contains(nameof(Trait.BirthPlace)))
        {
            fields.Add("birthPlace");
        }

        if (exact.Contains(nameof(Trait.BirthName)) && exact.Contains(nameof(Trait.FirstNames)))
        {
            fields.Add("name");
        }

        return fields;
    }

    private static JsonArray Moved(IEnumerable<(string ResourceType, string Id)> moved) =>
        new([.. moved.Select(m => (JsonNode)new JsonObject { ["resourceType"] = m.ResourceType, ["id"] = m.Id })]);

    private sealed class SplitPlan(JsonObject left, JsonObject right)
    {
        /// <summary>The kept person as it will be.</summary>
        public JsonObject Left { get; } = left;

        /// <summary>The source's person rebuilt.</summary>
        public JsonObject Right { get; } = right;

        /// <summary>Per field the split changed on the kept person: its value before and after (for undo).</summary>
        public JsonObject LeftBefore { get; } = [];

        public List<(string Path, string Source, DateTimeOffset ChangedAt)> Restored { get; } = [];

        public List<string> Conflicts { get; } = [];

        public DateTimeOffset? SourceChangedAt { get; set; }
    }
}
