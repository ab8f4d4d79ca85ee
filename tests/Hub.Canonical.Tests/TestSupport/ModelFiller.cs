using System.Reflection;
using System.Text.Json.Serialization;
using Hub.Canonical.Model;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>
/// Builds an instance of a canonical type with every settable property filled, by reflection, so that a property the C#
/// code has and the schema lacks shows up as an additional property. The schema is only used to pick valid strings
/// (enum values, patterned values); a property unknown to the schema still gets a value.
/// Recursive types (Identifier.assigner is a Reference, Reference.identifier an Identifier) are filled down to their
/// second occurrence on the path, then left null; <see cref="Filled"/> records what was filled at least once.
/// </summary>
internal sealed class ModelFiller(SchemaDocuments schemas)
{
    // Values for patterned strings, by JSON property name. A new pattern without a hint fails loudly.
    private static readonly Dictionary<string, string> PatternHints = new(StringComparer.Ordinal)
    {
        ["id"] = "filled-1",
        ["reference"] = "Person/filled-1",
        ["cog"] = "68224",
        ["postalCode"] = "68100",
        ["country"] = "FR",
        ["currency"] = "EUR",
        ["status"] = "200 OK",
    };

    private readonly Stack<Type> _path = new();

    /// <summary>Every <c>Type.Property</c> that got a non-null value somewhere.</summary>
    public HashSet<string> Filled { get; } = new(StringComparer.Ordinal);

    /// <summary>Every <c>Type.Property</c> met.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public Resource FillResource(string resourceType) =>
        (Resource)FillObject(CanonicalResourceTypes.ByName[resourceType], schemas.ResolveResource(resourceType))!;

    private object? FillObject(Type type, ResolvedSchema? schema)
    {
        if (_path.Count(t => t == type) >= 2)
        {
            return null;
        }

        _path.Push(type);
        var instance = Activator.CreateInstance(type)!;
        var schemaProperties = schema?.Properties;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.CanWrite))
        {
            var jsonName = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{type.Name}.{property.Name} has no [JsonPropertyName]");
            var propertySchema = schemaProperties is not null && schemaProperties.TryGetValue(jsonName, out var nodes)
                ? schemas.Resolve(nodes)
                : null;
            var value = FillValue(property.PropertyType, jsonName, propertySchema);
            var key = $"{type.Name}.{property.Name}";
            Seen.Add(key);
            if (value is not null)
            {
                Filled.Add(key);
            }

            property.SetValue(instance, value);
        }

        _path.Pop();
        return instance;
    }

    private object? FillValue(Type declared, string jsonName, ResolvedSchema? schema)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var item = FillValue(itemType, jsonName, schema is null ? null : schemas.Resolve(schema.Items));
            if (item is null)
            {
                return null;
            }

            var array = Array.CreateInstance(itemType, 1);
            array.SetValue(item, 0);
            return array;
        }

        return type switch
        {
            _ when type == typeof(string) => FillString(jsonName, schema),
            _ when type == typeof(int) => 1,
            _ when type == typeof(decimal) => 12.5m,
            _ when type == typeof(bool) => true,
            _ when type == typeof(FhirDate) => new FhirDate(2024, 3, 15),
            _ when type == typeof(FhirDateTime) => FhirDateTime.Parse("2024-03-15T10:30:00.125+01:00"),
            { IsEnum: true } => Enum.GetValues(type).GetValue(0),
            _ when type == typeof(Resource) => FillObject(typeof(Person), schemas.ResolveResource(Person.TypeName)),
            { IsClass: true } => FillObject(type, schema),
            _ => throw new InvalidOperationException($"ModelFiller has no rule for {type.Name} ({jsonName})"),
        };
    }

    private static string FillString(string jsonName, ResolvedSchema? schema)
    {
        if (schema?.Enum is [var first, ..])
        {
            return first;
        }

        if (schema?.Pattern is { } pattern)
        {
            return PatternHints.TryGetValue(jsonName, out var hint)
                ? hint
                : throw new InvalidOperationException($"Add a ModelFiller hint for '{jsonName}' (pattern {pattern}).");
        }

        return schema?.Format == "uri" ? "urn:lda-hub:test:filled" : $"{jsonName} (rempli)";
    }
}
