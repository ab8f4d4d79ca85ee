using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Canonical.Tests.TestSupport;
using Hub.Canonical.Validation;

namespace Hub.Canonical.Tests.Schemas;

/// <summary>An instance with every C# property filled is schema-valid: the schema knows every property of the code.</summary>
public sealed class FilledInstanceTests
{
    private static readonly CanonicalSchemaSet SchemaSet = CanonicalSchemaSet.Load();

    public static TheoryData<string> ResourceTypes => new(CanonicalResourceTypes.ByName.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void Serialize_EveryPropertyFilled_ValidatesAgainstSchema(string resourceType)
    {
        var sut = new ModelFiller(SchemaDocuments.Instance).FillResource(resourceType);

        var json = CanonicalJson.Serialize(sut);

        var issues = SchemaSet.Validate(resourceType, json);
        Assert.True(issues.Count == 0, string.Join('\n', issues) + "\n" + json);
    }

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void Serialize_EveryPropertyFilled_RoundTrips(string resourceType)
    {
        var json = CanonicalJson.Serialize(new ModelFiller(SchemaDocuments.Instance).FillResource(resourceType));

        var sut = CanonicalJson.Deserialize(json);

        var difference = JsonWalk.FirstDifference(JsonNode.Parse(json), JsonNode.Parse(CanonicalJson.Serialize(sut)));
        Assert.True(difference is null, difference);
    }

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void FillResource_AnyResource_FillsEveryPropertyAtLeastOnce(string resourceType)
    {
        var sut = new ModelFiller(SchemaDocuments.Instance);

        sut.FillResource(resourceType);

        Assert.Empty(sut.Seen.Except(sut.Filled));
    }

    [Fact]
    public async Task Validate_FilledInstanceAgainstSchemaLackingAProperty_ReportsAdditionalProperty()
    {
        var directory = Directory.CreateTempSubdirectory("hub-schemas-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(TestPaths.Schemas, "*.schema.json"))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            var personFile = Path.Combine(directory.FullName, "Person.schema.json");
            var person = JsonNode.Parse(await File.ReadAllTextAsync(personFile))!;
            person["definitions"]!["PersonName"]!["properties"]!.AsObject().Remove("usedFirstName");
            await File.WriteAllTextAsync(personFile, person.ToJsonString());
            var sut = await CanonicalSchemaSet.LoadAsync(directory.FullName);
            var json = CanonicalJson.Serialize(new ModelFiller(SchemaDocuments.Instance).FillResource(Person.TypeName));

            var issues = sut.Validate(Person.TypeName, json);

            var issue = Assert.Single(issues);
            Assert.Equal("Person.name.usedFirstName", issue.Path);
            Assert.Equal("NoAdditionalPropertiesAllowed", issue.Kind);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
