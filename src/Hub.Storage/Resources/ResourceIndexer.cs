using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Storage.Entities;

namespace Hub.Storage.Resources;

/// <summary>
/// Derives the search index rows of a resource from its JSON. The field names are the canonical schema's
/// (<c>identifier[]</c>, <c>Household.member[]</c>, <c>TimelineEvent</c>); the schema tests pin them.
/// </summary>
internal static class ResourceIndexer
{
    /// <summary><see cref="ResourceReferenceRow.TargetType"/> of references made by identifier (target id = <c>system|value</c>).</summary>
    public const string IdentifierTarget = "identifier";

    public static IEnumerable<IdentifierRow> Identifiers(string resourceType, string id, JsonObject resource)
    {
        if (resource["identifier"] is not JsonArray identifiers)
        {
            yield break;
        }

        var seen = new HashSet<(string, string)>();
        foreach (var node in identifiers)
        {
            if (node is JsonObject identifier
                && Text(identifier["system"]) is { } system
                && Text(identifier["value"]) is { } value
                && seen.Add((system, value)))
            {
                yield return new IdentifierRow { ResourceType = resourceType, ResourceId = id, System = system, Value = value };
            }
        }
    }

    public static IEnumerable<HouseholdMemberRow> HouseholdMembers(string householdId, JsonObject household)
    {
        if (household["member"] is not JsonArray members)
        {
            yield break;
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is not JsonObject member || ReferenceId(member["person"], "Person") is not { } personId)
            {
                continue;
            }

            yield return new HouseholdMemberRow
            {
                HouseholdId = householdId,
                Ordinal = i,
                PersonId = personId,
                Role = Text(member["role"]?["code"]),
                PeriodStart = Text(member["period"]?["start"]),
                PeriodEnd = Text(member["period"]?["end"]),
            };
        }
    }

    public static TimelineEventRow? TimelineEvent(string eventId, JsonObject timelineEvent)
    {
        if (Text(timelineEvent["occurredAt"]) is not { } occurredAtText
            || !DateTimeOffset.TryParse(occurredAtText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var occurredAt))
        {
            return null;
        }

        return new TimelineEventRow
        {
            EventId = eventId,
            HouseholdId = ReferenceId(timelineEvent["household"], "Household"),
            PersonId = ReferenceId(timelineEvent["person"], "Person"),
            OccurredAt = occurredAt.ToUniversalTime(),
            SourceSystem = Text(timelineEvent["source"]?["code"]) ?? "unknown",
            EventType = Text(timelineEvent["type"]?["code"]) ?? "unknown",
        };
    }

    /// <summary>Every <c>reference</c> the resource makes, with its path (array positions dropped), once per target and path.</summary>
    public static IEnumerable<ResourceReferenceRow> References(string resourceType, string id, JsonObject resource)
    {
        var seen = new HashSet<(string, string, string)>();
        var found = new List<ResourceReferenceRow>();
        Walk(resource, "");
        return found;

        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (Text(obj["reference"]) is { } reference && reference.Split('/') is [.., var type, var target] && type.Length > 0 && target.Length > 0
                        && seen.Add((path, type, target)))
                    {
                        found.Add(new ResourceReferenceRow { SourceType = resourceType, SourceId = id, Path = path, TargetType = type, TargetId = target });
                    }
                    else if (obj["reference"] is null && obj["identifier"] is JsonObject identifier
                        && Text(identifier["system"]) is { } system && Text(identifier["value"]) is { } value
                        && seen.Add((path, IdentifierTarget, $"{system}|{value}")))
                    {
                        // A reference by business identifier whose target was not in the hub yet when this was written:
                        // indexed under the identifier, so it is found once the target exists.
                        found.Add(new ResourceReferenceRow { SourceType = resourceType, SourceId = id, Path = path, TargetType = IdentifierTarget, TargetId = $"{system}|{value}" });
                    }

                    foreach (var (key, child) in obj)
                    {
                        if (key != "reference")
                        {
                            Walk(child, path.Length == 0 ? key : $"{path}.{key}");
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item, path);
                    }

                    break;
            }
        }
    }

    /// <summary>The id in a reference such as <c>Person/abc</c> (or an absolute URL ending with it), when it targets <paramref name="type"/>.</summary>
    public static string? ReferenceId(JsonNode? reference, string type)
    {
        if (Text(reference?["reference"]) is not { } value)
        {
            return null;
        }

        var history = value.IndexOf("/_history/", StringComparison.Ordinal);
        if (history >= 0)
        {
            value = value[..history];
        }

        var parts = value.Split('/');
        return parts.Length >= 2 && parts[^2] == type && parts[^1].Length > 0 ? parts[^1] : null;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
