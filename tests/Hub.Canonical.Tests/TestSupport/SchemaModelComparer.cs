using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>
/// Walks a resource schema and its C# type side by side (through <c>$ref</c>s, <c>allOf</c> and array items) and reports
/// every difference: a property on one side only, required/nullable mismatches, JSON types, enum values, and the
/// definition name that must equal the C# type name. The C# side is read from <see cref="CanonicalJsonContext"/>,
/// i.e. what the serializer really writes.
/// </summary>
internal sealed class SchemaModelComparer(SchemaDocuments schemas)
{
    private readonly List<string> _failures = [];

    /// <summary>Every model type met while comparing (records and enums).</summary>
    public HashSet<Type> Reached { get; } = [];

    public IReadOnlyList<string> Compare(string resourceType)
    {
        if (!CanonicalResourceTypes.TryGetClrType(resourceType, out var clrType))
        {
            return [$"{resourceType}: no C# type in CanonicalResourceTypes"];
        }

        _failures.Clear();
        CompareObject(schemas.ResolveResource(resourceType), clrType, resourceType);
        return [.. _failures];
    }

    /// <summary>The JSON names of an enum's members, as the serializer writes them.</summary>
    public static IReadOnlyList<string> JsonNamesOf(Type enumType)
    {
        var typeInfo = CanonicalJsonContext.Default.GetTypeInfo(enumType)
            ?? throw new InvalidOperationException($"{enumType.Name} is not in CanonicalJsonContext");
        return Enum.GetValues(enumType).Cast<object>()
            .Select(v => JsonNode.Parse(JsonSerializer.Serialize(v, typeInfo))!.GetValue<string>())
            .ToList();
    }

    private void CompareObject(ResolvedSchema schema, Type clrType, string path)
    {
        if (!Reached.Add(clrType))
        {
            return;
        }

        if (schema.Type != "object")
        {
            Fail(path, $"schema type is '{schema.Type}', {clrType.Name} is an object");
        }

        if (!schema.ForbidsAdditionalProperties)
        {
            Fail(path, "schema does not set additionalProperties: false");
        }

        var typeInfo = CanonicalJsonContext.Default.GetTypeInfo(clrType)
            ?? throw new InvalidOperationException($"{clrType.Name} is not in CanonicalJsonContext");
        var clrProperties = typeInfo.Properties.ToDictionary(static p => p.Name, StringComparer.Ordinal);
        var schemaProperties = schema.Properties;
        foreach (var name in schemaProperties.Keys.Except(clrProperties.Keys, StringComparer.Ordinal))
        {
            Fail($"{path}.{name}", $"declared in the schema, missing on C# type {clrType.Name}");
        }

        foreach (var name in clrProperties.Keys.Except(schemaProperties.Keys, StringComparer.Ordinal))
        {
            Fail($"{path}.{name}", $"on C# type {clrType.Name}, missing in the schema");
        }

        var required = schema.Required;
        foreach (var (name, property) in clrProperties)
        {
            if (!schemaProperties.TryGetValue(name, out var nodes))
            {
                continue;
            }

            var propertyPath = $"{path}.{name}";
            var propertySchema = schemas.Resolve(nodes);
            if (name == "resourceType")
            {
                CompareResourceType(propertySchema, property, required.Contains(name), propertyPath, clrType.Name);
                continue;
            }

            var isRequired = required.Contains(name);
            if (isRequired != property.IsRequired)
            {
                Fail(propertyPath, $"required in the schema: {isRequired}; C# 'required': {property.IsRequired}");
            }

            if (property.IsSetNullable == isRequired)
            {
                Fail(propertyPath, isRequired
                    ? "required in the schema but nullable in C#"
                    : "optional in the schema but not nullable in C# (a default value would be written)");
            }

            CompareValue(propertySchema, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, propertyPath);
        }
    }

    private void CompareResourceType(ResolvedSchema schema, JsonPropertyInfo property, bool required, string path, string resourceType)
    {
        if (!required)
        {
            Fail(path, "resourceType must be required in the schema");
        }

        if (property.Set is not null || property.PropertyType != typeof(string))
        {
            Fail(path, "resourceType must be a read-only string in C# (fixed by the type)");
        }

        if (schema.Enum is not [var only] || only != resourceType)
        {
            Fail(path, $"schema must restrict resourceType to [\"{resourceType}\"]");
        }
    }

    private void CompareValue(ResolvedSchema schema, Type type, string path)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            if (schema.Type != "array")
            {
                Fail(path, $"C# list, schema type '{schema.Type}'");
                return;
            }

            CompareValue(schemas.Resolve(schema.Items), type.GetGenericArguments()[0], path + "[]");
            return;
        }

        if (schema.Type == "array")
        {
            Fail(path, $"schema array, C# type {type.Name}");
            return;
        }

        switch (type)
        {
            case var t when t == typeof(string):
                ExpectType(schema, "string", path, t);
                break;
            case var t when t == typeof(int) || t == typeof(long):
                ExpectType(schema, "integer", path, t);
                break;
            case var t when t == typeof(decimal):
                ExpectType(schema, "number", path, t);
                break;
            case var t when t == typeof(bool):
                ExpectType(schema, "boolean", path, t);
                break;
            case var t when t == typeof(FhirDate):
                ExpectDefinition(schema, path, t, "date");
                break;
            case var t when t == typeof(FhirDateTime):
                ExpectDefinition(schema, path, t, "dateTime", "instant");
                break;
            case var t when t == typeof(Resource):
                // The one open object: Bundle.entry.resource holds any resource, validated against its own schema.
                ExpectDefinition(schema, path, t, nameof(Resource));
                Reached.Add(t);
                break;
            case { IsEnum: true } t:
                CompareEnum(schema, t, path);
                break;
            case { IsClass: true } t:
                ExpectDefinition(schema, path, t, t.Name);
                CompareObject(schema, t, path);
                break;
            default:
                Fail(path, $"no rule for C# type {type.Name}");
                break;
        }
    }

    private void CompareEnum(ResolvedSchema schema, Type enumType, string path)
    {
        Reached.Add(enumType);
        ExpectType(schema, "string", path, enumType);
        ExpectDefinition(schema, path, enumType, enumType.Name);
        var clrNames = JsonNamesOf(enumType);
        if (schema.Enum is not { } values || !values.SequenceEqual(clrNames, StringComparer.Ordinal))
        {
            Fail(path, $"schema enum [{string.Join(", ", schema.Enum ?? [])}] != C# {enumType.Name} [{string.Join(", ", clrNames)}]");
        }
    }

    private void ExpectType(ResolvedSchema schema, string jsonType, string path, Type type)
    {
        if (schema.Type != jsonType)
        {
            Fail(path, $"schema type '{schema.Type}', C# {type.Name} needs '{jsonType}'");
        }
    }

    private void ExpectDefinition(ResolvedSchema schema, string path, Type type, params string[] names)
    {
        if (!names.Any(schema.DefinitionNames.Contains))
        {
            Fail(path, $"C# {type.Name} expects a $ref to definition {string.Join(" or ", names)}; found [{string.Join(", ", schema.DefinitionNames)}]");
        }
    }

    private void Fail(string path, string message) => _failures.Add($"{path}: {message}");
}
