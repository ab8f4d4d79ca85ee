using System.Text.Json.Nodes;

namespace Hub.Api.Console;

/// <summary>One timeline event as the console shows and exports it: when, from which system, what, who, and where it comes from.</summary>
public sealed record TimelineEntry(
    string Id, string OccurredAt, string SourceCode, string Source, string TypeCode, string Type, string Actor, string Summary, string? Person, string Provenance)
{
    public static TimelineEntry From(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var source = node["source"];
        var type = node["type"];
        var actor = node["actor"];
        var actorText = string.Join(" — ", new[] { actor?["display"]?.GetValue<string>(), actor?["organisation"]?.GetValue<string>() }.Where(t => !string.IsNullOrEmpty(t)));
        var identifiers = node["identifier"]?.AsArray().Select(i => $"{i?["system"]?.GetValue<string>()}|{i?["value"]?.GetValue<string>()}") ?? [];
        var provenance = string.Join(" ; ", new[] { node["meta"]?["source"]?.GetValue<string>(), node["focus"]?["reference"]?.GetValue<string>() }
            .Concat(identifiers).Where(t => !string.IsNullOrEmpty(t)));
        var sourceCode = source?["code"]?.GetValue<string>() ?? "?";
        var typeCode = type?["code"]?.GetValue<string>() ?? "?";
        return new TimelineEntry(
            node["id"]?.GetValue<string>() ?? string.Empty,
            node["occurredAt"]?.GetValue<string>() ?? string.Empty,
            sourceCode,
            CodeLabels.Label("systeme-source", sourceCode, source?["display"]?.GetValue<string>()),
            typeCode,
            CodeLabels.Label("type-evenement", typeCode, type?["display"]?.GetValue<string>()),
            actorText.Length == 0 ? "—" : actorText,
            node["summary"]?.GetValue<string>() ?? string.Empty,
            node["person"]?["reference"]?.GetValue<string>(),
            provenance);
    }
}
