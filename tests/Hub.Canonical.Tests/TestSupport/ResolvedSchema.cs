using System.Text.Json.Nodes;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>
/// A schema with its <c>$ref</c>s followed and its <c>allOf</c> flattened into <see cref="Parts"/>; the keywords of all
/// parts apply together. <see cref="DefinitionNames"/> are the definitions traversed (<c>Coding</c>, <c>date</c>...).
/// </summary>
internal sealed class ResolvedSchema(IReadOnlyList<SchemaNode> parts, IReadOnlySet<string> definitionNames)
{
    public IReadOnlyList<SchemaNode> Parts { get; } = parts;

    public IReadOnlySet<string> DefinitionNames { get; } = definitionNames;

    public string? Type => Keyword("type")?.GetValue<string>();

    public string? Pattern => Keyword("pattern")?.GetValue<string>();

    public string? Format => Keyword("format")?.GetValue<string>();

    public IReadOnlyList<string>? Enum =>
        Keyword("enum") is JsonArray values ? values.Select(static v => v!.GetValue<string>()).ToList() : null;

    public bool ForbidsAdditionalProperties =>
        Parts.Any(static p => p.Node["additionalProperties"] is JsonValue v && !v.GetValue<bool>());

    public IReadOnlySet<string> Required => Parts
        .SelectMany(static p => p.Node["required"] as JsonArray ?? [])
        .Select(static r => r!.GetValue<string>())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every declared property, with the schema nodes that constrain it (from one or more parts).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SchemaNode>> Properties
    {
        get
        {
            var result = new Dictionary<string, List<SchemaNode>>(StringComparer.Ordinal);
            foreach (var part in Parts)
            {
                if (part.Node["properties"] is not JsonObject properties)
                {
                    continue;
                }

                foreach (var (name, schema) in properties)
                {
                    if (!result.TryGetValue(name, out var list))
                    {
                        result[name] = list = [];
                    }

                    list.Add(new SchemaNode((JsonObject)schema!, part.File));
                }
            }

            return result.ToDictionary(static kv => kv.Key, static kv => (IReadOnlyList<SchemaNode>)kv.Value, StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<SchemaNode> Items => Parts
        .Where(static p => p.Node["items"] is JsonObject)
        .Select(static p => new SchemaNode((JsonObject)p.Node["items"]!, p.File))
        .ToList();

    private JsonNode? Keyword(string name) => Parts.Select(p => p.Node[name]).FirstOrDefault(static n => n is not null);
}
