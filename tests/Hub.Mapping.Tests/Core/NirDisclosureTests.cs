using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Connectors.Solis;
using Hub.Mapping.Caf;
using Hub.Mapping.Core;
using Hub.Mapping.Cpam;
using Hub.Mapping.Solis;
using Hub.Mapping.Tests.Caf;
using Hub.Mapping.Tests.Cpam;
using Hub.Mapping.Tests.TestSupport;

namespace Hub.Mapping.Tests.Core;

/// <summary>
/// Issue 5, the RNIV rule on the NIR: it reaches a partner only with a qualified identity. Checked on each outbound
/// message that can carry one: SOLIS (the household's individuals, through the guard every outbox mapper is wrapped in)
/// and the CAF and CPAM saisines. SI-SIAO's retours carry no person identity at all.
/// </summary>
public sealed class NirDisclosureTests
{
    private const string GoldenNir = "286046822405738";
    private const string SaisineNir = "179129935201102";

    public static TheoryData<string?> NotQualified => new() { "PROV", "VALI", "RECUP", null };

    [Fact]
    public void Map_SolisOrientationQualifiedIdentity_NirSent()
    {
        var sut = new NirGuardedOutboundMapper(new SolisOutboundMapper(CodeTables.Default));

        var individus = SolisIndividus(sut, "QUAL");

        Assert.Contains(GoldenNir, individus);
    }

    [Theory]
    [MemberData(nameof(NotQualified))]
    public void Map_SolisOrientationNotQualifiedIdentity_NirAbsent(string? status)
    {
        var sut = new NirGuardedOutboundMapper(new SolisOutboundMapper(CodeTables.Default));

        var individus = SolisIndividus(sut, status);

        Assert.NotEmpty(individus);
        Assert.All(individus, Assert.Null);
    }

    [Fact]
    public void Map_CafSaisineQualifiedIdentity_NirSent()
    {
        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(WithNir(GoldenCases.ReadResources("caf", "out-saisine.canonical.json"), "QUAL")));

        Assert.True(sut.IsSendable);
        Assert.Equal((SaisineNir, "QUAL"), (sut.Saisine!.Personne.Nir, sut.Saisine.Personne.StatutIdentite));
    }

    [Theory]
    [MemberData(nameof(NotQualified))]
    public void Map_CafSaisineNotQualifiedIdentity_NirAbsentSaisineStillSent(string? status)
    {
        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(WithNir(GoldenCases.ReadResources("caf", "out-saisine.canonical.json"), status)));

        Assert.True(sut.IsSendable);
        Assert.Null(sut.Saisine!.Personne.Nir);
    }

    [Theory]
    [InlineData("QUAL", SaisineNir)]
    [InlineData("VALI", null)]
    [InlineData("PROV", null)]
    public void Map_CpamSaisine_NirOnlyWithQualifiedIdentity(string status, string? nir)
    {
        var sut = CpamSaisine.Mapper.Map(CpamGoldenTests.Request(WithNir(GoldenCases.ReadResources("cpam", "out-saisine.canonical.json"), status)));

        Assert.True(sut.IsSendable);
        Assert.Equal(nir, sut.Saisine!.Personne.Nir);
    }

    [Fact]
    public void Redact_RelatedWithoutNir_SameDictionary()
    {
        var related = new Dictionary<string, Resource> { ["Person/p"] = new Person { Identifier = [new Identifier { System = IdentifierSystems.SiaoPersonne, Value = "1" }] } };

        Assert.Same(related, NirDisclosure.Redact(related));
    }

    /// <summary>The golden SOLIS orientation (a household of two with a NIR) through the outbox's view, the members' identity status set.</summary>
    private static List<string?> SolisIndividus(NirGuardedOutboundMapper sut, string? status)
    {
        var source = GoldenFiles.Read("solis", "orientation-lda-par-identite.canonical.json");
        var resource = Read(source.GetProperty("resource"));
        var related = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var element in source.GetProperty("members").EnumerateArray().Append(source.GetProperty("household")).Append(source.GetProperty("consent")))
        {
            var item = Read(element) is Person person ? WithStatus(person, status) : Read(element);
            related[$"{item.ResourceType}/{item.Id}"] = item;
        }

        Assert.Contains(related.Values.OfType<Person>(), p => p.Identifier?.Any(i => i.Value == GoldenNir) == true);
        var mapping = sut.Map(SolisMessageKinds.OrientationLda, resource, related);
        Assert.NotNull(mapping.Message);
        var body = System.Text.Json.Nodes.JsonNode.Parse(SolisRecords.ToJson(mapping.Message))!;
        return [.. body["individus"]!.AsArray().Select(i => i!["nir"]?.GetValue<string>())];
    }

    private static IReadOnlyList<Resource> WithNir(IReadOnlyList<Resource> resources, string? status) =>
        [.. resources.Select(r => r is Person person
            ? WithStatus(person with { Identifier = [.. (person.Identifier ?? []).Where(i => !NirDisclosure.IsNirSystem(i.System)), new Identifier { System = IdentifierSystems.Nir, Value = SaisineNir }] }, status)
            : r)];

    private static Person WithStatus(Person person, string? status) =>
        person with { IdentityStatus = status is null ? null : new Coding { System = CodeSystems.StatutIdentite, Code = status } };

    private static Resource Read(JsonElement json) => CanonicalJson.Deserialize(json.GetRawText());
}
