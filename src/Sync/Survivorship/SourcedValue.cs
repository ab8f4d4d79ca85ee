using System.Text.Json.Nodes;

namespace Hub.Sync.Survivorship;

/// <summary>One side of a disagreement: the value (JSON) and who said it when.</summary>
public sealed record SourcedValue(JsonNode Value, FieldStamp Stamp);
