using System.Reflection;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Tests.TestSupport;

namespace Hub.Canonical.Tests.Schemas;

public sealed class CodeSystemTests
{
    private static readonly string[] ContentValues = ["complete", "fragment"];

    public static TheoryData<string> CodeSystemNames => new(CodeSystemFile.All.Select(static c => c.Name));

    [Theory]
    [MemberData(nameof(CodeSystemNames))]
    public void CodeSystemFile_Parsed_IsWellFormedWithFrenchDisplays(string name)
    {
        var sut = CodeSystemFile.ByName(name);

        Assert.Equal("CodeSystem", sut.Document["resourceType"]?.GetValue<string>());
        Assert.Equal(CodeSystemFile.UrlPrefix + name, sut.Url);
        Assert.False(string.IsNullOrWhiteSpace(sut.Document["name"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(sut.Document["title"]?.GetValue<string>()));
        Assert.Equal("fr", sut.Document["language"]?.GetValue<string>());
        Assert.Contains(sut.Document["content"]?.GetValue<string>(), ContentValues);
        Assert.NotEmpty(sut.Codes);
        Assert.Equal(sut.Codes.Count, sut.Codes.Distinct(StringComparer.Ordinal).Count());
        foreach (var concept in sut.Concepts)
        {
            var code = concept["code"]!.GetValue<string>();
            var display = concept["display"]?.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(display), $"{name}/{code}: no display");
            Assert.False(string.Equals(code, display, StringComparison.OrdinalIgnoreCase), $"{name}/{code}: the display must be a French label, not the code");
        }
    }

    [Fact]
    public void Check_SchemaEnumsAgainstCodeSystems_AllEqual()
    {
        var failures = EnumBindingChecker.Check(SchemaDocuments.Instance, CodeSystemFile.All);

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Check_CodeMissingFromCodeSystemFile_ReportsEnumMismatch()
    {
        var codes = CodeSystemFile.All.Select(static c => c.Name == "statut-accompagnement" ? c.WithoutCode("suspended") : c).ToList();

        var failures = EnumBindingChecker.Check(SchemaDocuments.Instance, codes);

        Assert.Contains(failures, static f => f.StartsWith("Accompaniment.schema.json#/definitions/AccompanimentStatus: enum", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CodeAddedToBoundCodingInSchema_ReportsEnumMismatch()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["Person.schema.json"]["properties"]!["sex"]!["allOf"]![1]!["properties"]!["code"]!["enum"]!.AsArray().Add("X"));

        var failures = EnumBindingChecker.Check(schemas, CodeSystemFile.All);

        Assert.Contains(failures, static f => f.StartsWith("Person.schema.json#/properties/sex/allOf/1/properties/code: enum", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnboundEnum_ReportsMissingBinding()
    {
        var schemas = SchemaDocuments.Instance.With(static files =>
            files["Bundle.schema.json"]["definitions"]!["BundleType"]!.AsObject().Remove(EnumBindingChecker.BindingKeyword));

        var failures = EnumBindingChecker.Check(schemas, CodeSystemFile.All);

        Assert.Contains("Bundle.schema.json#/definitions/BundleType: enum without x-codeSystem", failures);
    }

    [Fact]
    public void CodeSystems_Constants_EqualCodeSystemFiles()
    {
        var sut = ConstantsOf(typeof(CodeSystems));

        Assert.Equal(CodeSystemFile.All.Select(static c => c.Url!).Order(StringComparer.Ordinal), sut.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IdentifierSystems_Constants_EqualIdentifierSystemCodes()
    {
        var sut = ConstantsOf(typeof(IdentifierSystems));

        Assert.Equal(CodeSystemFile.ByName("systeme-identifiant").Codes.Order(StringComparer.Ordinal), sut.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CanonicalResourceTypes_Names_EqualResourceTypeCodesAndSchemaFiles()
    {
        var sut = CanonicalResourceTypes.ByName.Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(CodeSystemFile.ByName("ressource-canonique").Codes.Order(StringComparer.Ordinal), sut);
        Assert.Equal(SchemaDocuments.Instance.ResourceTypes, sut);
        foreach (var (name, type) in CanonicalResourceTypes.ByName)
        {
            Assert.Equal(name, type.Name);
            Assert.Equal(name, type.GetField("TypeName")?.GetValue(null));
        }
    }

    [Fact]
    public void SchemaPatterns_DateDatatypes_EqualClrPatterns()
    {
        var definitions = SchemaDocuments.Instance.Files[SchemaDocuments.CommonFile]["definitions"]!;

        Assert.Equal(FhirDate.Pattern, definitions["date"]!["pattern"]!.GetValue<string>());
        Assert.Equal(FhirDateTime.Pattern, definitions["dateTime"]!["pattern"]!.GetValue<string>());
        Assert.Equal(FhirDateTime.InstantPattern, definitions["instant"]!["pattern"]!.GetValue<string>());
    }

    [Fact]
    public void SchemaPatterns_IdentifierSystemFormats_AreValidRegexes()
    {
        foreach (var code in CodeSystemFile.ByName("systeme-identifiant").Codes)
        {
            if (CodeSystemFile.ByName("systeme-identifiant").PropertyOf(code, "pattern") is { } pattern)
            {
                _ = new System.Text.RegularExpressions.Regex(pattern);
                Assert.StartsWith("^", pattern, StringComparison.Ordinal);
                Assert.EndsWith("$", pattern, StringComparison.Ordinal);
            }
        }
    }

    private static List<string> ConstantsOf(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(static f => f.IsLiteral)
        .Select(static f => (string)f.GetRawConstantValue()!)
        .ToList();
}
