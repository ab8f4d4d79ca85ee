using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Canonical.Serialization;
using Hub.Canonical.Validation;
using Hub.Mapping.Core;

namespace Hub.Mapping.Tests.Siao;

/// <summary>
/// Golden files of the partner mappings: <c>Golden/{partner}/{case}.source.json</c> (the partner record) beside
/// <c>{case}.canonical.json</c> (resources and issues), and <c>{case}.canonical.json</c> beside <c>{case}.push.json</c>
/// for outbound cases. Set <c>UPDATE_GOLDEN=1</c> to rewrite the expected files from the mapper's output, then review the diff.
/// </summary>
internal static class GoldenFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Lazy<CanonicalSchemaSet> Schemas = new(() => CanonicalSchemaSet.Load());

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Case names of a partner folder: every file ending with <paramref name="suffix"/>.</summary>
    public static TheoryData<string> Cases(string partner, string suffix)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(partner), "*" + suffix).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^suffix.Length]);
        }

        return data;
    }

    public static JsonElement Read(string partner, string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(partner), file)));
        return document.RootElement.Clone();
    }

    /// <summary>Resources and issues as one JSON document (provenance is checked by unit tests, not golden files).</summary>
    public static JsonNode ToJson(MappingResult result) => new JsonObject
    {
        ["resources"] = new JsonArray([.. result.Resources.Select(r => JsonNode.Parse(CanonicalJson.Serialize(r)))]),
        ["issues"] = new JsonArray([.. result.Issues.Select(i => (JsonNode)new JsonObject
        {
            ["severity"] = i.Severity,
            ["code"] = i.Code,
            ["path"] = i.Path,
            ["sourceValue"] = i.SourceValue,
        })]),
    };

    /// <summary>Compares with the expected file (or rewrites it when updating); the message shows the actual JSON.</summary>
    public static void AssertMatches(string partner, string file, JsonNode actual)
    {
        var path = Path.Combine(SourceFolder(partner), file);
        var text = actual.ToJsonString(Indented) + "\n";
        if (Updating)
        {
            File.WriteAllText(path, text);
            return;
        }

        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(partner), file)));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{file} differs from the mapping output:\n{text}");
    }

    /// <summary>Every resource passes the canonical JSON Schemas, as the store would require.</summary>
    public static void AssertSchemaValid(MappingResult result)
    {
        foreach (var resource in result.Resources)
        {
            var issues = Schemas.Value.Validate(resource.ResourceType, CanonicalJson.Serialize(resource));
            Assert.True(issues.Count == 0, $"{resource.ResourceType}: " + string.Join("; ", issues.Select(i => $"{i.Path} {i.Message}")));
        }
    }

    private static string Folder(string partner) => Path.Combine(AppContext.BaseDirectory, "Golden", partner);

    private static string SourceFolder(string partner, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden", partner);
}
