using System.Text.Json.Nodes;
using Hub.Connectors.Core;
using Hub.Mapping.Siao;

namespace Hub.Mapping.Tests.Siao;

/// <summary>An outbound mapping as one JSON document: the message kind and body exactly as sent, and the issues.</summary>
internal static class OutboundJson
{
    public static JsonNode Of(OutboundResult result, Func<OutboundMessage, string> serialize) => new JsonObject
    {
        ["kind"] = result.Message?.Kind,
        ["body"] = result.Message is null ? null : JsonNode.Parse(serialize(result.Message)),
        ["issues"] = new JsonArray([.. result.Issues.Select(i => (JsonNode)new JsonObject
        {
            ["severity"] = i.Severity,
            ["code"] = i.Code,
            ["path"] = i.Path,
            ["sourceValue"] = i.SourceValue,
        })]),
    };
}
