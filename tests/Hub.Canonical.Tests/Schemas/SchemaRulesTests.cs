using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Tests.TestSupport;
using Hub.Canonical.Validation;

namespace Hub.Canonical.Tests.Schemas;

/// <summary>House rules of the schema files: draft-07 only, closed objects, resolvable references.</summary>
public sealed class SchemaRulesTests
{
    // NJsonSchema 11 ignores these keywords (const, if/then/else) or does not know them (2020-12): a schema using them
    // would silently accept invalid documents.
    private static readonly string[] ForbiddenKeywords =
        ["const", "if", "then", "else", "$defs", "prefixItems", "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas", "$anchor"];

    // The generic holder of Bundle.entry.resource: any resource, validated against its own schema.
    private const string OpenObject = "Bundle.schema.json#/definitions/Resource";

    [Fact]
    public void Load_SchemaFolder_KnowsExactlyTheCanonicalResourceTypes()
    {
        var sut = CanonicalSchemaSet.Load();

        Assert.Equal(CanonicalResourceTypes.ByName.Keys.Order(StringComparer.Ordinal), sut.ResourceTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SchemaFiles_EveryNode_UsesOnlyDraft07KeywordsAndNoBooleanSubschema()
    {
        var failures = new List<string>();
        foreach (var (file, root) in SchemaDocuments.Instance.Files)
        {
            if (root["$schema"]?.GetValue<string>() != "http://json-schema.org/draft-07/schema#")
            {
                failures.Add($"{file}: $schema must be draft-07");
            }

            foreach (var (pointer, node) in JsonWalk.Objects(root))
            {
                failures.AddRange(ForbiddenKeywords.Where(k => node.ContainsKey(k) && !pointer.EndsWith("/properties", StringComparison.Ordinal))
                    .Select(k => $"{file}#{pointer}: keyword '{k}'"));
                if (node["items"] is JsonValue || node["allOf"] is JsonArray allOf && allOf.Any(static s => s is JsonValue))
                {
                    failures.Add($"{file}#{pointer}: boolean subschema");
                }

                if (pointer.EndsWith("/properties", StringComparison.Ordinal) || pointer.EndsWith("/definitions", StringComparison.Ordinal))
                {
                    failures.AddRange(node.Where(static p => p.Value is not JsonObject).Select(p => $"{file}#{pointer}/{p.Key}: not a schema object"));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void SchemaFiles_EveryObjectSchema_ForbidsAdditionalProperties()
    {
        var failures = new List<string>();
        foreach (var (file, root) in SchemaDocuments.Instance.Files)
        {
            foreach (var (pointer, node) in JsonWalk.Objects(root))
            {
                var where = $"{file}#{pointer}";
                var isObjectSchema = node["type"] is JsonValue type && type.GetValue<string>() == "object"
                    && !pointer.EndsWith("/properties", StringComparison.Ordinal);
                if (isObjectSchema && where != OpenObject && (node["additionalProperties"] is not JsonValue closed || closed.GetValue<bool>()))
                {
                    failures.Add($"{where}: must set additionalProperties: false");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void SchemaFiles_EveryRef_Resolves()
    {
        var sut = SchemaDocuments.Instance;

        foreach (var (file, root) in sut.Files)
        {
            foreach (var (_, node) in JsonWalk.Objects(root).Where(static o => o.Node["$ref"] is JsonValue))
            {
                var resolved = sut.Resolve([new SchemaNode(node, file)]);
                Assert.NotEmpty(resolved.Parts);
            }
        }
    }

    [Fact]
    public void ResourceSchemas_EveryResource_RequiresResourceTypeOnlyAmongBaseProperties()
    {
        foreach (var resourceType in SchemaDocuments.Instance.ResourceTypes)
        {
            var sut = SchemaDocuments.Instance.ResolveResource(resourceType);

            Assert.Contains("resourceType", sut.Required);
            Assert.DoesNotContain("id", sut.Required);
            Assert.DoesNotContain("meta", sut.Required);
            Assert.Equal(resourceType, sut.Parts[0].Node["title"]?.GetValue<string>());
        }
    }
}
