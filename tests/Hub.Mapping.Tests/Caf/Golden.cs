using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Mapping.Core;

namespace Hub.Mapping.Tests.Caf;

/// <summary>
/// Golden files of tests/Hub.Mapping.Tests/Golden/{caf,cpam,rsa}: <c>&lt;case&gt;.source.*</c> (partner side) beside
/// <c>&lt;case&gt;.canonical.json</c>. A test compares what the code produces with the golden side; with
/// <c>LDA_UPDATE_GOLDEN=1</c> it rewrites that file in the repository instead (then review the diff).
/// </summary>
internal static class Golden
{
    public static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Update => Environment.GetEnvironmentVariable("LDA_UPDATE_GOLDEN") == "1";

    public static string Read(string partner, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", partner, file));

    public static Stream Open(string partner, string file) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Golden", partner, file));

    public static void AssertMatches(string partner, string file, JsonNode actual)
    {
        var text = actual.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        if (Update)
        {
            File.WriteAllText(Path.Combine(SourceFolder(), partner, file), text);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Golden", partner, file);
        Assert.True(File.Exists(path), $"Golden file {partner}/{file} is missing: run the tests with LDA_UPDATE_GOLDEN=1 and review it.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(text)), $"{partner}/{file} differs from the golden file. Actual:\n{text}");
    }

    /// <summary>Resources (as the store would write them) and issues of a mapping, in a stable JSON shape.</summary>
    public static JsonObject ToJson(MappingResult result) => new()
    {
        ["resources"] = new JsonArray([.. result.Resources.Select(Resource)]),
        ["issues"] = new JsonArray([.. result.Issues.Select(i => (JsonNode)new JsonObject
        {
            ["severity"] = i.Severity,
            ["code"] = i.Code,
            ["path"] = i.Path,
            ["message"] = i.Message,
            ["sourceValue"] = i.SourceValue,
        })]),
    };

    public static JsonNode Resource(Resource resource) => JsonNode.Parse(CanonicalJson.Serialize(resource))!;

    private static string SourceFolder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!, "Golden");
}
