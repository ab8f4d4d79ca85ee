using System.Collections.Frozen;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Hub.Canonical.Validation;

/// <summary>
/// The canonical JSON Schemas loaded once from <c>schemas/</c> and validated with NJsonSchema.
/// One file per resource type (<c>Person.schema.json</c>); shared definitions live in <c>common.schema.json</c>.
/// </summary>
public sealed class CanonicalSchemaSet
{
    /// <summary>File name suffix of a resource schema.</summary>
    public const string SchemaSuffix = ".schema.json";

    private static readonly FrozenSet<string> NonResourceFiles = FrozenSet.ToFrozenSet(["common"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, JsonSchema> _schemas;

    private CanonicalSchemaSet(FrozenDictionary<string, JsonSchema> schemas, string directory)
    {
        _schemas = schemas;
        Directory = directory;
    }

    /// <summary>The folder the schemas were read from.</summary>
    public string Directory { get; }

    /// <summary>Every resource type that has a schema (Person, Household, ..., Bundle, OperationOutcome).</summary>
    public IReadOnlyCollection<string> ResourceTypes => _schemas.Keys;

    /// <summary>The default location: the <c>schemas</c> folder copied beside the running binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>Loads every <c>*.schema.json</c> of <paramref name="directory"/> (relative <c>$ref</c>s resolved on disk).</summary>
    public static async Task<CanonicalSchemaSet> LoadAsync(string? directory = null, CancellationToken cancellationToken = default)
    {
        directory ??= DefaultDirectory;
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Canonical schema folder not found: {directory}");
        }

        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*" + SchemaSuffix, SearchOption.TopDirectoryOnly))
        {
            var name = Path.GetFileName(file)[..^SchemaSuffix.Length];
            if (NonResourceFiles.Contains(name))
            {
                continue;
            }

            schemas[name] = await JsonSchema.FromFileAsync(file, cancellationToken).ConfigureAwait(false);
        }

        if (schemas.Count == 0)
        {
            throw new InvalidOperationException($"No canonical schema (*{SchemaSuffix}) in {directory}");
        }

        return new CanonicalSchemaSet(schemas.ToFrozenDictionary(StringComparer.Ordinal), directory);
    }

    /// <summary>Loads the set synchronously (start-up and tests).</summary>
    public static CanonicalSchemaSet Load(string? directory = null) => LoadAsync(directory).GetAwaiter().GetResult();

    /// <summary>True when <paramref name="resourceType"/> has a schema (case-sensitive, as in FHIR).</summary>
    public bool IsKnown(string resourceType) => _schemas.ContainsKey(resourceType);

    /// <summary>The parsed schema of one resource type.</summary>
    public JsonSchema GetSchema(string resourceType) =>
        _schemas.TryGetValue(resourceType, out var schema)
            ? schema
            : throw new KeyNotFoundException($"No canonical schema for resource type '{resourceType}'.");

    /// <summary>Validates <paramref name="json"/> against the schema of <paramref name="resourceType"/>.</summary>
    /// <returns>Every issue found, flattened (children of <c>oneOf</c>/<c>anyOf</c> included); empty when valid.</returns>
    public IReadOnlyList<SchemaIssue> Validate(string resourceType, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = GetSchema(resourceType).Validate(json);
        if (errors.Count == 0)
        {
            return [];
        }

        var issues = new List<SchemaIssue>(errors.Count);
        foreach (var error in errors)
        {
            Flatten(resourceType, error, issues);
        }

        return issues;
    }

    private static void Flatten(string resourceType, ValidationError error, List<SchemaIssue> into)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            foreach (var nested in child.Errors.Values.SelectMany(static e => e))
            {
                Flatten(resourceType, nested, into);
            }

            return;
        }

        into.Add(new SchemaIssue(SchemaPath.ToExpression(resourceType, error.Path), Describe(error), error.Kind.ToString()));
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"Required property '{error.Property}' is missing.",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"Property '{error.Property}' is not allowed here.",
        ValidationErrorKind.NotInEnumeration => "Value is not one of the allowed codes.",
        ValidationErrorKind.PatternMismatch => "Value does not match the expected pattern.",
        _ => $"{error.Kind} at '{error.Property ?? error.Path}'.",
    };
}
