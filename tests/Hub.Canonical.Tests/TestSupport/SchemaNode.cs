using System.Text.Json.Nodes;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>One JSON Schema object and the file it lives in (to resolve its relative <c>$ref</c>s).</summary>
internal sealed record SchemaNode(JsonObject Node, string File);
