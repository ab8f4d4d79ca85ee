using System.Collections.Frozen;
using System.Text.Json;

namespace Hub.Mapping.Core;

/// <summary>The canonical code systems of <c>schemas/codes/</c> (French displays), loaded once from beside the binaries.</summary>
public sealed class CodeSystemCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _systems;

    private CodeSystemCatalog(FrozenDictionary<string, FrozenDictionary<string, string>> systems) => _systems = systems;

    public static CodeSystemCatalog Default { get; } = Load(Path.Combine(AppContext.BaseDirectory, "schemas", "codes"));

    public IReadOnlyCollection<string> Systems => _systems.Keys;

    public static CodeSystemCatalog Load(string directory)
    {
        var systems = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            if (!root.TryGetProperty("url", out var url) || !root.TryGetProperty("concept", out var concepts))
            {
                continue;
            }

            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var concept in concepts.EnumerateArray())
            {
                var code = concept.GetProperty("code").GetString()!;
                codes[code] = concept.TryGetProperty("display", out var display) ? display.GetString() ?? code : code;
            }

            systems[url.GetString()!] = codes.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new CodeSystemCatalog(systems.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public bool Contains(string system, string code) => _systems.TryGetValue(system, out var codes) && codes.ContainsKey(code);

    /// <summary>The French display of a code, or <c>null</c> when the system or code is unknown.</summary>
    public string? Display(string system, string code) =>
        _systems.TryGetValue(system, out var codes) && codes.TryGetValue(code, out var display) ? display : null;
}
