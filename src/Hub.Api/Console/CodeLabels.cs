using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Hub.Api.Console;

/// <summary>French labels of the canonical code systems (<c>schemas/codes/*.json</c>, copied beside the binaries).</summary>
public static class CodeLabels
{
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> Systems = new(Load);

    /// <summary>Code → label of one code system (file name without extension, e.g. <c>type-evenement</c>).</summary>
    public static IReadOnlyDictionary<string, string> Of(string codeSystem) =>
        Systems.Value.TryGetValue(codeSystem, out var codes) ? codes : FrozenDictionary<string, string>.Empty;

    public static string Label(string codeSystem, string? code, string? display = null) =>
        code is null ? display ?? "—" : Of(codeSystem).GetValueOrDefault(code) ?? display ?? code;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "schemas", "codes");
        var systems = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return systems.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            var concepts = JsonNode.Parse(File.ReadAllText(file))?["concept"]?.AsArray() ?? [];
            systems[Path.GetFileNameWithoutExtension(file)] = concepts
                .Where(c => c?["code"] is not null)
                .GroupBy(c => c!["code"]!.GetValue<string>(), StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.First()!["display"]?.GetValue<string>() ?? g.Key, StringComparer.Ordinal);
        }

        return systems.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
