using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Canonical.Validation;

namespace Hub.Mapping.Tests.Caf;

/// <summary>Every resource a mapper produces must pass the canonical JSON Schemas, as the API would check it.</summary>
internal static class CanonicalAssert
{
    private static readonly Lazy<CanonicalSchemaSet> Schemas = new(() => CanonicalSchemaSet.Load());

    public static void Valid(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            var issues = Schemas.Value.Validate(resource.ResourceType, CanonicalJson.Serialize(resource));
            Assert.True(issues.Count == 0, $"{resource.ResourceType} does not match its schema: {string.Join("; ", issues.Select(i => $"{i.Path}: {i.Message}"))}");
        }
    }
}
