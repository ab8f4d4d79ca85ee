using System.Net;
using Hub.Simulators.Generation;
using Hub.Simulators.Tests.Infrastructure;

namespace Hub.Simulators.Tests.Solis;

[Collection(ClusterCollection.Name)]
public sealed class SolisTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Individus_SharedShare_MatchesConfiguredShareWithVariations()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);
        var generator = fixture.Cluster.Generator;

        var (individus, _, _) = await sut.WalkAsync("v1/individus", 1000);

        var truths = individus.Select(i => generator.TruthOf(i["id"]!.GetValue<string>())!.Value).ToList();
        var sharedHouseholds = truths.Where(k => !k.IsSolisOnly).Select(k => k.Household).Distinct().Count();
        var share = sharedHouseholds / (double)ClusterFixture.Households;
        Assert.InRange(share, 0.36, 0.44);
        Assert.Contains(truths, k => k.IsSolisOnly);
        var variations = truths.Where(k => !k.IsSolisOnly).Select(k => generator.SolisIdentityOf(generator.Person(k)).Variation).ToList();
        Assert.InRange(variations.Count(v => v == IdentityVariation.None) / (double)variations.Count, 0.35, 0.55);
        foreach (var flag in new[] { IdentityVariation.AccentsDropped, IdentityVariation.UsageNameAsBirthName, IdentityVariation.FirstNamesSwapped, IdentityVariation.NirMissing, IdentityVariation.Typo, IdentityVariation.PartialBirthDate })
        {
            Assert.Contains(variations, v => v.HasFlag(flag));
        }
    }

    [Fact]
    public async Task Individu_SharedPerson_SameTraitsAsSiaoOrAKnownVariation()
    {
        using var solis = fixture.Client(SimulatedSystem.Solis);
        using var siao = fixture.Client(SimulatedSystem.Siao);
        var generator = fixture.Cluster.Generator;
        var dossier = Enumerable.Range(0, 200).First(d => generator.SharedWithSolis(d) && generator.SolisIdentityOf(generator.Household(d).Applicant).Variation == IdentityVariation.NirMissing);

        var page = await solis.GetNodeAsync($"v1/individus?limite=1&curseur={Hosting.SimulatorCursor.Encode(dossier * 8L)}");
        var menage = await siao.GetNodeAsync($"v1/menages/{HouseholdGenerator.MenageId(dossier)}");

        var individu = page["elements"]![0]!;
        var personne = menage["membres"]![0]!["personne"]!;
        Assert.Null(individu["nir"]);
        Assert.Equal(personne["nomNaissance"]!.GetValue<string>(), individu["nomNaissance"]!.GetValue<string>());
        Assert.Equal(personne["prenoms"]!.ToJsonString(), individu["prenoms"]!.ToJsonString());
        Assert.Equal(HouseholdGenerator.SiaoPersonId(generator.TruthOf(individu["id"]!.GetValue<string>())!.Value), personne["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("v1/dossiers")]
    [InlineData("v1/mesures")]
    [InlineData("v1/referents")]
    public async Task List_WalkAllPages_NoDuplicates(string path)
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);

        var (elements, _, _) = await sut.WalkAsync(path, 400);

        Assert.NotEmpty(elements);
        Assert.Equal(elements.Count, elements.Select(e => e["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Mesures_FslAccess_CarriesAidsAndReferentsExist()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);

        var (mesures, _, _) = await sut.WalkAsync("v1/mesures", 1000);
        var (referents, _, _) = await sut.WalkAsync("v1/referents", 1000);

        Assert.Contains(mesures, m => m["type"]!.GetValue<string>() == "FSL_ACCES" && m["aidesFsl"] is not null);
        var known = referents.Select(r => r["id"]!.GetValue<string>()).ToHashSet();
        Assert.All(mesures.Where(m => m["idReferent"] is not null), m => Assert.Contains(m["idReferent"]!.GetValue<string>(), known));
    }

    [Fact]
    public async Task OrientationLda_SharedMenage_DossierExistantAndKept()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);
        var household = Enumerable.Range(0, 100).First(h => fixture.Cluster.Generator.SharedWithSolis(h));
        var body = $$"""
            {"referenceHub":"ori-1","idMenageSiao":"{{HouseholdGenerator.MenageId(household)}}","individus":[{"role":"DEMANDEUR","nomNaissance":"X","prenoms":["Y"],"dateNaissance":"1986-04","sexe":"F"}],
             "statut":"ORIENTEE","dateDecision":"2026-02-27","structureAccompagnement":{"nom":"Association Toit Ensemble (fictive)"},
             "mesuresDemandees":["ASLL"],"consentement":{"recueilli":true,"date":"2026-02-12"},"horodatage":"2026-02-27T16:45:00+01:00"}
            """;

        using var response = await Tests.Siao.SiaoPushTests.PostAsync(sut, "v1/entrants/orientations-lda", body, Guid.NewGuid().ToString());
        var ack = await response.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("DOSSIER_EXISTANT", ack["rapprochement"]!.GetValue<string>());
        Assert.Equal(HouseholdGenerator.DossierId(household), ack["idDossier"]!.GetValue<string>());
        Assert.Single(fixture.Cluster.Solis.Received.Of("POST /v1/entrants/orientations-lda"));
    }

    [Fact]
    public async Task EntreeLogement_UnknownDossierOrNoConsent_422Or400()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);
        const string Entry = """{"referenceHub":"log-1","idDossier":"D-9999999","dateEntree":"2026-03-20","typeBailleur":"PRIVE","modeOccupation":"BAIL_DIRECT","logement":{"codeCommune":"68224"},"horodatage":"2026-03-20T10:12:00+01:00"}""";
        const string NoConsent = """{"referenceHub":"o","idDossier":"D-1000000","statut":"ORIENTEE","dateDecision":"2026-02-27","structureAccompagnement":{"nom":"A"},"consentement":{"recueilli":false,"date":"2026-02-12"},"horodatage":"2026-02-27T16:45:00+01:00"}""";

        using var unknown = await Tests.Siao.SiaoPushTests.PostAsync(sut, "v1/entrants/entrees-logement", Entry, Guid.NewGuid().ToString());
        using var refused = await Tests.Siao.SiaoPushTests.PostAsync(sut, "v1/entrants/orientations-lda", NoConsent, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("dossier-inconnu", (await unknown.ReadNodeAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Advance_Solis_ChangedIndividuIsCorrectedToTruth()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);
        var (_, cursor, _) = await sut.WalkAsync("v1/individus", 1000);

        var applied = fixture.Cluster.Solis.Advance(300);
        var (changed, _, _) = await sut.WalkAsync("v1/individus", 1000, cursor);

        Assert.Equal(300, applied);
        Assert.NotEmpty(changed);
        Assert.All(changed, c => Assert.True(c["identiteVerifiee"]!.GetValue<bool>()));
    }
}

[Collection(ClusterCollection.Name)]
public sealed class TruthEndpointTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Truth_SolisIndividuId_ReturnsTheSiaoPerson()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);
        var dossier = Enumerable.Range(0, 100).First(d => fixture.Cluster.Generator.SharedWithSolis(d));

        var truth = await sut.GetNodeAsync($"_sim/truth/{HouseholdGenerator.IndividuId(dossier, 0)}");

        Assert.Equal(dossier, truth["household"]!.GetValue<long>());
        Assert.Equal(HouseholdGenerator.SiaoPersonId(new PersonKey(dossier, 0)), truth["siaoPersonId"]!.GetValue<string>());
    }
}
