using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Canonical.Tests.TestSupport;
using Hub.Canonical.Validation;

namespace Hub.Canonical.Tests.Schemas;

public sealed class ExampleTests
{
    private static readonly CanonicalSchemaSet SchemaSet = CanonicalSchemaSet.Load();

    public static TheoryData<string, string> Examples => ExampleFiles.Theory;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Validate_Example_HasNoIssue(string resourceType, string name)
    {
        var json = ExampleFiles.Read(resourceType, name);

        var issues = SchemaSet.Validate(resourceType, json);

        Assert.True(issues.Count == 0, string.Join('\n', issues));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Deserialize_Example_RoundTripsToEquivalentJson(string resourceType, string name)
    {
        var json = ExampleFiles.Read(resourceType, name);

        var sut = CanonicalJson.Deserialize(json);
        var written = CanonicalJson.Serialize(sut);

        Assert.IsType(CanonicalResourceTypes.ByName[resourceType], sut);
        var difference = JsonWalk.FirstDifference(JsonNode.Parse(json), JsonNode.Parse(written));
        Assert.True(difference is null, difference);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Deserialize_ExampleAsItsConcreteType_RoundTripsWithResourceTypeFirst(string resourceType, string name)
    {
        var json = ExampleFiles.Read(resourceType, name);
        var typeInfo = CanonicalJsonContext.Default.GetTypeInfo(CanonicalResourceTypes.ByName[resourceType])!;

        var sut = JsonSerializer.Deserialize(json, typeInfo)!;
        var written = JsonSerializer.Serialize(sut, typeInfo);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), JsonWalk.FirstDifference(JsonNode.Parse(json), JsonNode.Parse(written)));
        Assert.StartsWith($"{{\"resourceType\":\"{resourceType}\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_EveryResourceType_HasMinimalAndFull()
    {
        var sut = ExampleFiles.All.ToLookup(static e => e.ResourceType, static e => e.Name);

        foreach (var resourceType in CanonicalResourceTypes.ByName.Keys)
        {
            Assert.Contains("minimal", sut[resourceType]);
            Assert.True(sut[resourceType].Count() >= 2, $"{resourceType}: at least a minimal and a full example");
        }
    }
}
