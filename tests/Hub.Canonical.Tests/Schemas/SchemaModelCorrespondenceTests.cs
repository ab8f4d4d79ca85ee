using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Tests.TestSupport;

namespace Hub.Canonical.Tests.Schemas;

/// <summary>The schemas and the C# types declare the same properties, recursively (both directions).</summary>
public sealed class SchemaModelCorrespondenceTests
{
    public static TheoryData<string> ResourceTypes => new(CanonicalResourceTypes.ByName.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void Compare_ResourceSchemaAndClrType_MatchRecursively(string resourceType)
    {
        var sut = new SchemaModelComparer(SchemaDocuments.Instance);

        var failures = sut.Compare(resourceType);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Compare_AllResources_ReachEveryPublicModelType()
    {
        var sut = new SchemaModelComparer(SchemaDocuments.Instance);
        foreach (var resourceType in CanonicalResourceTypes.ByName.Keys)
        {
            sut.Compare(resourceType);
        }

        var valueTypes = new[] { typeof(FhirDate), typeof(FhirDateTime), typeof(FhirDatePrecision) };
        var modelTypes = typeof(Resource).Assembly.GetExportedTypes()
            .Where(static t => t.Namespace == typeof(Resource).Namespace && !(t.IsAbstract && t.IsSealed))
            .Except(valueTypes)
            .Except(CanonicalResourceTypes.ByName.Values);
        Assert.Empty(modelTypes.Where(t => !sut.Reached.Contains(t)).Select(static t => t.Name));
    }

    [Fact]
    public void Compare_PropertyRemovedFromSchema_ReportsPropertyMissingInSchema()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["Person.schema.json"]["definitions"]!["PersonName"]!["properties"]!.AsObject().Remove("usedFirstName"));
        var sut = new SchemaModelComparer(schemas);

        var failures = sut.Compare(Person.TypeName);

        Assert.Contains(failures, static f => f.StartsWith("Person.name.usedFirstName: on C# type PersonName, missing in the schema", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_PropertyAddedToSchema_ReportsPropertyMissingInClrType()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["common.schema.json"]["definitions"]!["Identifier"]!["properties"]!.AsObject()
                .Add("use", new JsonObject { ["type"] = "string" }));
        var sut = new SchemaModelComparer(schemas);

        var failures = sut.Compare(Household.TypeName);

        Assert.Contains(failures, static f => f.EndsWith(".use: declared in the schema, missing on C# type Identifier", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_RequiredOnlyInSchema_ReportsRequiredMismatch()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["Accompaniment.schema.json"]["required"]!.AsArray().Add("period"));
        var sut = new SchemaModelComparer(schemas);

        var failures = sut.Compare(Accompaniment.TypeName);

        Assert.Contains(failures, static f => f.StartsWith("Accompaniment.period: required in the schema: True", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_EnumValueOnlyInSchema_ReportsEnumMismatch()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["Consent.schema.json"]["definitions"]!["ConsentStatus"]!["enum"]!.AsArray().Add("suspended"));
        var sut = new SchemaModelComparer(schemas);

        var failures = sut.Compare(Consent.TypeName);

        Assert.Contains(failures, static f => f.StartsWith("Consent.status: schema enum", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_DateTimeWhereClrHasPartialDate_ReportsDefinitionMismatch()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["Orientation.schema.json"]["properties"]!["requestDate"]!["$ref"] = "common.schema.json#/definitions/dateTime");
        var sut = new SchemaModelComparer(schemas);

        var failures = sut.Compare(Orientation.TypeName);

        Assert.Contains(failures, static f => f.StartsWith("Orientation.requestDate: C# FhirDate expects a $ref to definition date", StringComparison.Ordinal));
    }
}
