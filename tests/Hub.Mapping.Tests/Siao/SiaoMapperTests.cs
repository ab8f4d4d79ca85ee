using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Connectors.Siao.Csv;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;

using Hub.Mapping.Tests.TestSupport;

namespace Hub.Mapping.Tests.Siao;

public sealed class SiaoMapperTests
{
    private readonly SiaoMapper _sut = SiaoMapper.Default;

    [Fact]
    public void Map_UnknownHousingSituation_IsKeptInTheSourceSystemAndReported()
    {
        var result = _sut.MapMenage(Record(SiaoStreams.Menages, Menage), Record(SiaoStreams.Demandes, Demande("CARAVANE_TERRAIN")));

        var household = Assert.Single(result.Resources.OfType<Household>());
        var coding = Assert.Single(household.HousingSituation!.Coding!);
        Assert.Equal(("urn:lda-hub:code:source:siao.situation-logement", "CARAVANE_TERRAIN"), (coding.System, coding.Code));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("unknown-code", "CARAVANE_TERRAIN", MappingIssue.Warning), (issue.Code, issue.SourceValue, issue.Severity));
        Assert.True(result.IsMappable);
    }

    [Fact]
    public void Map_NotProvidedSex_LeavesSexOutWithoutAnIssue()
    {
        var result = _sut.Map(Record(SiaoStreams.Menages, Menage.Replace("\"FEMME\"", "\"NON_RENSEIGNE\"", StringComparison.Ordinal)));

        Assert.Null(Assert.Single(result.Resources.OfType<Person>()).Sex);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void MapMenage_OrdinaryHousingUnderEviction_IsEvictionThreat()
    {
        var result = _sut.MapMenage(Record(SiaoStreams.Menages, Menage), Record(SiaoStreams.Demandes, Demande("LOCATAIRE_PARC_SOCIAL", "RESILIATION_BAIL")));

        Assert.Equal("menace-expulsion", Assert.Single(result.Resources.OfType<Household>()).HousingSituation!.Coding![0].Code);
    }

    [Fact]
    public void Map_EveryField_RecordsWhereItCameFrom()
    {
        var result = _sut.Map(Record(SiaoStreams.Menages, Menage));

        var birthName = Assert.Single(result.Provenance, p => p.Path == "Person.name.birthName");
        Assert.Equal("urn:lda-hub:id:siao:personne|815004", birthName.ResourceKey);
        Assert.Equal("nomNaissance", birthName.SourceField);
        Assert.Equal(new SourceRef("siao", SiaoStreams.MenageKind, "400127", new DateTimeOffset(2026, 3, 2, 9, 15, 27, TimeSpan.FromHours(1))), birthName.Source);
        Assert.Contains(result.Provenance, p => p.Path == "Household.member" && p.SourceField == "membres");
        Assert.All(result.Resources, r => Assert.Equal("urn:lda-hub:source:siao", r.Meta!.Source));
    }

    [Fact]
    public void Map_Deletion_GivesNothingToStore()
    {
        var deletion = """{"id":"400131","version":4,"modifieLe":"2026-03-02T10:01:00+01:00","sequence":1048601,"supprime":true,"fusionneDans":"400127"}""";

        var result = _sut.Map(Record(SiaoStreams.Menages, deletion));

        Assert.Empty(result.Resources);
        Assert.True(result.IsMappable);
    }

    [Fact]
    public void Map_ContractSampleDrop_EveryRecordGivesSchemaValidResources()
    {
        var drop = SiaoCsvDropReader.ReadDirectory(SamplesFolder());

        var results = drop.Pages.SelectMany(p => p.Records).Select(_sut.Map).ToList();

        Assert.All(results, r => Assert.True(r.IsMappable, string.Join("; ", r.Issues.Select(i => i.Message))));
        Assert.All(results, GoldenFiles.AssertSchemaValid);
        var resources = results.SelectMany(r => r.Resources).ToList();
        Assert.Equal(3, resources.OfType<Household>().Count());
        Assert.Contains(resources.OfType<HousingPlacement>(), p => p.Status == HousingPlacementStatus.Ended && p.ExitReason?.Code == "autre");
        Assert.Contains(resources.OfType<Person>(), p => p.BirthPlace?.Cog == "99243" && p.BirthPlace.Display == "Vietnam");
    }

    [Fact]
    public void Kinds_CoverEveryRecordKindTheConnectorProduces()
    {
        Assert.Equal("siao", _sut.Connector);
        Assert.Equal(
            new[] { SiaoStreams.MenageKind, SiaoStreams.PersonneKind, SiaoStreams.DemandeKind, SiaoStreams.OrientationKind, SiaoStreams.MouvementKind }.Order(),
            _sut.Kinds.Order());
    }

    private const string Menage = """
        {"id":"400127","version":7,"modifieLe":"2026-03-02T09:15:27+01:00","sequence":1048590,"typeFiche":"PERSONNE","composition":"FEMME_SEULE",
         "membres":[{"role":"DEMANDEUR_PRINCIPAL","personne":{"id":"815004","nomNaissance":"MOREL","prenoms":["Sandrine"],"sexe":"FEMME"}}]}
        """;

    private static string Demande(string situation, string procedure = "AUCUNE") => $$$"""
        {"id":"2026-0000512","version":3,"modifieLe":"2026-03-02T09:20:00+01:00","sequence":1048595,"idMenage":"400127","typeDemande":"INSERTION",
         "dateDemande":"2026-02-16","statut":"EN_ATTENTE","evaluationSociale":{"dateEvaluation":"2026-02-12","situationLogement":"{{{situation}}}","procedureExpulsion":"{{{procedure}}}"}}
        """;

    private static Connectors.Core.PulledRecord Record(string stream, string json)
    {
        using var document = JsonDocument.Parse(json);
        return SiaoRecords.Read(stream, document.RootElement).Record!;
    }

    private static string SamplesFolder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "schemas", "external", "siao", "samples"));
}
