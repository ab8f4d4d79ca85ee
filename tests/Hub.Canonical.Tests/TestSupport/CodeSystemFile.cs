using System.Text.Json.Nodes;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>One <c>schemas/codes/*.json</c> file (a FHIR CodeSystem-like document).</summary>
internal sealed record CodeSystemFile(string Name, JsonObject Document)
{
    public const string UrlPrefix = "urn:lda-hub:code:";

    private static readonly Lazy<IReadOnlyList<CodeSystemFile>> Shared = new(() => LoadAll(TestPaths.Codes));

    public static IReadOnlyList<CodeSystemFile> All => Shared.Value;

    public string? Url => Document["url"]?.GetValue<string>();

    public bool IsComplete => Document["content"]?.GetValue<string>() == "complete";

    public IReadOnlyList<JsonObject> Concepts => (Document["concept"] as JsonArray ?? []).Select(static c => c!.AsObject()).ToList();

    public IReadOnlyList<string> Codes => Concepts.Select(static c => c["code"]!.GetValue<string>()).ToList();

    public string? DisplayOf(string code) =>
        Concepts.FirstOrDefault(c => c["code"]!.GetValue<string>() == code)?["display"]?.GetValue<string>();

    public string? PropertyOf(string code, string property) =>
        Concepts.FirstOrDefault(c => c["code"]!.GetValue<string>() == code)?["property"] is JsonArray properties
            ? properties.FirstOrDefault(p => p!["code"]!.GetValue<string>() == property)?["valueString"]?.GetValue<string>()
            : null;

    public static IReadOnlyList<CodeSystemFile> LoadAll(string directory) =>
        Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(static f => new CodeSystemFile(Path.GetFileNameWithoutExtension(f), JsonNode.Parse(File.ReadAllText(f))!.AsObject()))
            .ToList();

    public static CodeSystemFile ByName(string name) => All.Single(c => c.Name == name);

    public CodeSystemFile WithoutCode(string code)
    {
        var copy = Document.DeepClone().AsObject();
        var concepts = copy["concept"]!.AsArray();
        concepts.Remove(concepts.First(c => c!["code"]!.GetValue<string>() == code));
        return this with { Document = copy };
    }
}
