using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Canonical.Serialization;
using Hub.Canonical.Validation;
using Hub.Mapping.Core;

namespace Hub.Mapping.Tests.TestSupport;

/// <summary>
/// Golden files of the partner mappings, one folder per partner under <c>Golden/</c>: <c>{case}.source.*</c> (the
/// partner side) beside <c>{case}.canonical.json</c> (resources and issues), and for outbound cases
/// <c>{case}.canonical.json</c> beside <c>{case}.push.json</c>. With <c>LDA_UPDATE_GOLDEN=1</c> the tests rewrite the
/// expected files in the repository from the mapper's output instead of comparing (then review the diff).
/// </summary>
internal static class GoldenFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Lazy<CanonicalSchemaSet> Schemas = new(() => CanonicalSchemaSet.Load());

    public static bool Updating => Environment.GetEnvironmentVariable("LDA_UPDATE_GOLDEN") == "1";

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
        using var document = JsonDocument.Parse(ReadText(partner, file));
        return document.RootElement.Clone();
    }

    public static string ReadText(string partner, string file) => File.ReadAllText(Path.Combine(Folder(partner), file));

    public static Stream Open(string partner, string file) => File.OpenRead(Path.Combine(Folder(partner), file));

    /// <summary>Resources and issues as one JSON document (provenance is checked by unit tests, not golden files).</summary>
    public static JsonObject ToJson(MappingResult result) => new()
    {
        ["resources"] = new JsonArray([.. result.Resources.Select(r => JsonNode.Parse(CanonicalJson.Serialize(r)))]),
        ["issues"] = new JsonArray([.. result.Issues.Select(i => (JsonNode)new JsonObject
        {
            ["severity"] = i.Severity,
            ["code"] = i.Code,
            ["path"] = i.Path,
            ["message"] = i.Message,
            ["sourceValue"] = i.SourceValue,
        })]),
    };

    /// <summary>Compares with the expected file (or rewrites it when updating); the message shows the actual JSON.</summary>
    public static void AssertMatches(string partner, string file, JsonNode actual)
    {
        var text = actual.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        if (Updating)
        {
            File.WriteAllText(Path.Combine(SourceFolder(), partner, file), text);
            return;
        }

        var path = Path.Combine(Folder(partner), file);
        Assert.True(File.Exists(path), $"Golden file {partner}/{file} is missing: run the tests with LDA_UPDATE_GOLDEN=1 and review it.");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(path)), JsonNode.Parse(text)), $"{partner}/{file} differs from the mapping output:\n{text}");
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

    private static string SourceFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden");
}
