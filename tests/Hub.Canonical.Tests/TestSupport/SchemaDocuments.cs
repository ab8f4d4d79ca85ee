using System.Text.Json.Nodes;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>
/// The schema files read as plain JSON, independently of NJsonSchema, so that the tests can walk them and compare them
/// with the C# model. Handles exactly the subset of draft-07 the canonical schemas use: <c>$ref</c> (same file,
/// other file, other file with a fragment), <c>allOf</c>, <c>properties</c>, <c>items</c>, <c>definitions</c>.
/// </summary>
internal sealed class SchemaDocuments
{
    public const string CommonFile = "common.schema.json";
    private const string Suffix = ".schema.json";

    private static readonly Lazy<SchemaDocuments> Shared = new(() => Load(TestPaths.Schemas));

    private readonly Dictionary<string, JsonObject> _files;

    private SchemaDocuments(Dictionary<string, JsonObject> files) => _files = files;

    public static SchemaDocuments Instance => Shared.Value;

    public IReadOnlyDictionary<string, JsonObject> Files => _files;

    /// <summary>Resource types, from the file names (Person.schema.json gives Person).</summary>
    public IReadOnlyList<string> ResourceTypes => _files.Keys
        .Where(static f => f != CommonFile)
        .Select(static f => f[..^Suffix.Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static string FileOf(string resourceType) => resourceType + Suffix;

    /// <summary>A deep copy whose files <paramref name="edit"/> may change (to prove a check catches a divergence).</summary>
    public SchemaDocuments With(Action<IReadOnlyDictionary<string, JsonObject>> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var copy = _files.ToDictionary(static kv => kv.Key, static kv => kv.Value.DeepClone().AsObject(), StringComparer.Ordinal);
        edit(copy);
        return new SchemaDocuments(copy);
    }

    public static SchemaDocuments Load(string directory) => new(
        Directory.EnumerateFiles(directory, "*" + Suffix, SearchOption.TopDirectoryOnly)
            .ToDictionary(
                static f => Path.GetFileName(f),
                static f => JsonNode.Parse(File.ReadAllText(f))!.AsObject(),
                StringComparer.Ordinal));

    public ResolvedSchema ResolveResource(string resourceType) =>
        Resolve([new SchemaNode(_files[FileOf(resourceType)], FileOf(resourceType))]);

    /// <summary>Follows <c>$ref</c>s and flattens <c>allOf</c> of every node given (they apply together).</summary>
    public ResolvedSchema Resolve(IEnumerable<SchemaNode> nodes)
    {
        var parts = new List<SchemaNode>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            Flatten(node, parts, names, depth: 0);
        }

        return new ResolvedSchema(parts, names);
    }

    private void Flatten(SchemaNode node, List<SchemaNode> parts, HashSet<string> names, int depth)
    {
        if (depth > 20)
        {
            throw new InvalidOperationException($"$ref cycle in {node.File}");
        }

        if (node.Node["$ref"] is JsonValue reference)
        {
            var (target, name) = Dereference(reference.GetValue<string>(), node.File);
            names.Add(name);
            Flatten(target, parts, names, depth + 1);
            return;
        }

        parts.Add(node);
        if (node.Node["allOf"] is JsonArray allOf)
        {
            foreach (var sub in allOf)
            {
                Flatten(new SchemaNode((JsonObject)sub!, node.File), parts, names, depth + 1);
            }
        }
    }

    private (SchemaNode Target, string Name) Dereference(string reference, string fromFile)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var file = hash switch
        {
            0 => fromFile,
            < 0 => reference,
            _ => reference[..hash],
        };
        if (!_files.TryGetValue(file, out var root))
        {
            throw new InvalidOperationException($"{fromFile}: $ref to unknown file '{file}'.");
        }

        var pointer = hash < 0 ? string.Empty : reference[(hash + 1)..];
        JsonNode? current = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current?[segment];
        }

        if (current is not JsonObject target)
        {
            throw new InvalidOperationException($"{fromFile}: $ref '{reference}' does not resolve.");
        }

        var name = pointer.Length == 0 ? file[..^Suffix.Length] : pointer[(pointer.LastIndexOf('/') + 1)..];
        return (new SchemaNode(target, file), name);
    }
}
