using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Canonical.Model;
using Hub.Canonical.Tests.TestSupport;

namespace Hub.Canonical.Tests.Schemas;

/// <summary>The examples use known identifier systems and codes, in the right format, with valid NIR keys.</summary>
public sealed class ExampleDataTests
{
    private static readonly HashSet<string> NirSystems = new(StringComparer.Ordinal) { IdentifierSystems.Nir, IdentifierSystems.NirTest };

    public static TheoryData<string, string> Examples => ExampleFiles.Theory;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Identifiers_InExample_UseKnownSystemsAndFormats(string resourceType, string name)
    {
        var systems = CodeSystemFile.ByName("systeme-identifiant");
        var root = JsonNode.Parse(ExampleFiles.Read(resourceType, name));

        foreach (var (pointer, identifier) in IdentifiersIn(root))
        {
            var system = identifier["system"]!.GetValue<string>();
            var value = identifier["value"]!.GetValue<string>();
            Assert.True(systems.Codes.Contains(system), $"{pointer}: unknown identifier system {system}");
            if (systems.PropertyOf(system, "pattern") is { } pattern)
            {
                Assert.Matches(new Regex(pattern), value);
            }

            if (NirSystems.Contains(system))
            {
                Assert.True(HasValidNirKey(value), $"{pointer}: invalid NIR key");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Codings_WithHubCodeSystem_UseKnownCodesAndTheirDisplays(string resourceType, string name)
    {
        var codeSystems = CodeSystemFile.All.ToDictionary(static c => c.Url!, StringComparer.Ordinal);
        var root = JsonNode.Parse(ExampleFiles.Read(resourceType, name));

        foreach (var (pointer, coding) in JsonWalk.Objects(root).Where(static o => o.Node.ContainsKey("code") && o.Node.ContainsKey("system")))
        {
            var system = coding["system"]!.GetValue<string>();
            if (!system.StartsWith(CodeSystemFile.UrlPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(codeSystems.TryGetValue(system, out var codeSystem), $"{pointer}: no code system file for {system}");
            var code = coding["code"]!.GetValue<string>();
            Assert.True(codeSystem.Codes.Contains(code), $"{pointer}: {code} is not in {system}");
            if (coding["display"]?.GetValue<string>() is { } display)
            {
                Assert.Equal(codeSystem.DisplayOf(code), display);
            }
        }
    }

    [Theory]
    [InlineData("285036822412305", true)]
    [InlineData("285036822412306", false)]
    [InlineData("192072A00401844", true)]
    [InlineData("192072A00401845", false)]
    [InlineData("1920719004018", false)]
    public void HasValidNirKey_Value_ChecksMod97WithCorsicaRule(string value, bool expected)
    {
        var sut = HasValidNirKey(value);

        Assert.Equal(expected, sut);
    }

    // Key = 97 - (first 13 digits mod 97); 2A/2B become 19/18, at positions 6-7 only (NOTES.md).
    private static bool HasValidNirKey(string nir)
    {
        if (nir.Length != 15)
        {
            return false;
        }

        var body = nir[5..7] switch
        {
            "2A" => string.Concat(nir.AsSpan(0, 5), "19", nir.AsSpan(7, 6)),
            "2B" => string.Concat(nir.AsSpan(0, 5), "18", nir.AsSpan(7, 6)),
            _ => nir[..13],
        };
        return ulong.TryParse(body, out var number)
            && int.TryParse(nir.AsSpan(13, 2), out var key)
            && key == 97 - (int)(number % 97);
    }

    private static IEnumerable<(string Pointer, JsonObject Node)> IdentifiersIn(JsonNode? root) =>
        JsonWalk.Objects(root).Where(static o =>
            o.Node.ContainsKey("system") && o.Node.ContainsKey("value") && !o.Node.ContainsKey("code")
            && (o.Pointer.EndsWith("/identifier", StringComparison.Ordinal) || Regex.IsMatch(o.Pointer, "/identifier/[0-9]+$")));
}
