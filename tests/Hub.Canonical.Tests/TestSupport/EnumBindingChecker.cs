using System.Text.Json.Nodes;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>
/// Every <c>enum</c> in the schemas is bound to a code system with <c>"x-codeSystem"</c> and must list exactly that
/// file's codes, in order. A bound Coding also fixes its <c>system</c> to the same URI. Closed code systems
/// (<c>content: complete</c>) must be used by some enum, so that a stale list cannot hide.
/// </summary>
internal static class EnumBindingChecker
{
    public const string BindingKeyword = "x-codeSystem";
    private const string ResourceTypeCodes = "ressource-canonique";

    public static IReadOnlyList<string> Check(SchemaDocuments schemas, IReadOnlyList<CodeSystemFile> codeSystems)
    {
        var failures = new List<string>();
        var byUrl = codeSystems.Where(static c => c.Url is not null).ToDictionary(static c => c.Url!, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, root) in schemas.Files)
        {
            foreach (var (pointer, node) in JsonWalk.Objects(root))
            {
                var where = $"{file}#{pointer}";
                if (node["enum"] is JsonArray values)
                {
                    CheckEnum(file, pointer, node, values, byUrl, used, failures);
                }
                else if (node[BindingKeyword] is not null)
                {
                    failures.Add($"{where}: {BindingKeyword} without enum");
                }

                if (node["properties"]?["code"]?[BindingKeyword] is JsonValue codeBinding)
                {
                    var system = node["properties"]?["system"]?["enum"] as JsonArray;
                    if (system is not [JsonValue only] || only.GetValue<string>() != codeBinding.GetValue<string>())
                    {
                        failures.Add($"{where}: a bound Coding must fix system to [\"{codeBinding}\"]");
                    }
                }
            }
        }

        foreach (var unused in codeSystems.Where(c => c.IsComplete && c.Name != ResourceTypeCodes && !used.Contains(c.Url!)))
        {
            failures.Add($"codes/{unused.Name}.json: closed (content: complete) but bound by no schema enum");
        }

        return failures;
    }

    private static void CheckEnum(
        string file, string pointer, JsonObject node, JsonArray values,
        Dictionary<string, CodeSystemFile> byUrl, HashSet<string> used, List<string> failures)
    {
        var where = $"{file}#{pointer}";
        var enumValues = values.Select(static v => v!.GetValue<string>()).ToList();
        if (pointer == "/properties/resourceType")
        {
            var expected = file[..^".schema.json".Length];
            if (enumValues is not [var only] || only != expected)
            {
                failures.Add($"{where}: resourceType enum must be [\"{expected}\"]");
            }

            return;
        }

        if (pointer.EndsWith("/properties/system", StringComparison.Ordinal))
        {
            return; // The system half of a bound Coding, checked with its code.
        }

        if (node[BindingKeyword]?.GetValue<string>() is not { } url)
        {
            failures.Add($"{where}: enum without {BindingKeyword}");
            return;
        }

        used.Add(url);
        if (!byUrl.TryGetValue(url, out var codeSystem))
        {
            failures.Add($"{where}: {BindingKeyword} {url} has no file in schemas/codes");
            return;
        }

        if (!codeSystem.IsComplete)
        {
            failures.Add($"{where}: enum bound to {url}, whose content is not 'complete'");
        }

        if (!enumValues.SequenceEqual(codeSystem.Codes, StringComparer.Ordinal))
        {
            failures.Add(
                $"{where}: enum [{string.Join(", ", enumValues)}] != codes/{codeSystem.Name}.json [{string.Join(", ", codeSystem.Codes)}]");
        }
    }
}
