using System.Collections.Frozen;
using System.Text.Json;
using Hub.Canonical.Model;

namespace Hub.Mapping.Core;

/// <summary>
/// Every code table embedded in this assembly, with French displays from the canonical code systems. Translation never
/// drops a code: an unknown source code is reported in the mapping context and can be kept in its source system.
/// </summary>
public sealed class CodeTables
{
    private readonly FrozenDictionary<string, CodeTable> _tables;
    private readonly CodeSystemCatalog _catalog;

    public CodeTables(IEnumerable<CodeTable> tables, CodeSystemCatalog catalog)
    {
        _tables = tables.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _catalog = catalog;
    }

    public static CodeTables Default { get; } = new(LoadEmbedded(), CodeSystemCatalog.Default);

    public IReadOnlyCollection<CodeTable> All => _tables.Values;

    public CodeSystemCatalog Catalog => _catalog;

    public CodeTable this[string name] =>
        _tables.TryGetValue(name, out var table) ? table : throw new KeyNotFoundException($"No code table '{name}'.");

    /// <summary>Translates a source code; <c>null</c> (and a warning in <paramref name="context"/>) when the table does not know it.</summary>
    public Coding? Translate(string table, string? sourceCode, MappingContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(sourceCode))
        {
            return null;
        }

        var codeTable = this[table];
        var key = sourceCode.Trim();
        if (codeTable.Map.TryGetValue(key, out var canonical))
        {
            return new Coding { System = codeTable.TargetSystem, Code = canonical, Display = _catalog.Display(codeTable.TargetSystem, canonical) };
        }

        context.Warn("unknown-code", path, $"Code '{key}' is not in table {table}; kept as received.", key);
        return null;
    }

    /// <summary>Translates, or keeps an unknown code in the table's source system (for open CodeableConcept fields).</summary>
    public Coding? TranslateOrKeep(string table, string? sourceCode, MappingContext context, string path) =>
        Translate(table, sourceCode, context, path)
        ?? (string.IsNullOrWhiteSpace(sourceCode) ? null : new Coding { System = this[table].SourceSystem, Code = sourceCode.Trim() });

    /// <summary>The partner's code for a canonical code (outbound), or <c>null</c> when the partner has none.</summary>
    public string? ToSource(string table, string canonicalCode) =>
        this[table].Reverse.TryGetValue(canonicalCode, out var source) ? source : null;

    private static IEnumerable<CodeTable> LoadEmbedded()
    {
        var assembly = typeof(CodeTables).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("codetables/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            yield return Parse(stream);
        }
    }

    public static CodeTable Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var name = root.GetProperty("name").GetString()!;
        var map = root.GetProperty("map").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var reverse = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("reverse", out var explicitReverse))
        {
            foreach (var pair in explicitReverse.EnumerateObject())
            {
                reverse[pair.Name] = pair.Value.GetString()!;
            }
        }

        foreach (var (source, canonical) in map)
        {
            reverse.TryAdd(canonical, source);
        }

        return new CodeTable(name, root.GetProperty("targetSystem").GetString()!,
            map.ToFrozenDictionary(StringComparer.Ordinal), reverse.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
