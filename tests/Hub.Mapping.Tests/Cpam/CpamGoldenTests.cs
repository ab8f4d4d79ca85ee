using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.Caf;
using Hub.Mapping.Cpam;
using Hub.Mapping.Tests.Caf;

namespace Hub.Mapping.Tests.Cpam;

/// <summary>Golden/cpam: C2S answers and CPAM status updates → canonical; canonical → the saisine sent to the CPAM.</summary>
public sealed class CpamGoldenTests
{
    [Theory]
    [InlineData("c2s-avec-participation", 200)]
    [InlineData("c2s-non-beneficiaire", 200)]
    [InlineData("c2s-non-trouve", 404)]
    public void MapAnswer_Case_MatchesGolden(string name, int status) =>
        GoldenCases.Answer("cpam", name, "complementaire_sante_solidaire", status);

    [Theory]
    [InlineData("statut-en-cours")]
    [InlineData("statut-droits-ouverts")]
    public void MapStatus_Case_MatchesGolden(string name) =>
        GoldenCases.Status("cpam", name, CpamSaisine.StatusMapper);

    [Fact]
    public void MapSaisine_CanonicalPerson_MatchesGolden() =>
        GoldenCases.Saisine("cpam", CpamSaisine.Mapper, Request);

    internal static SaisineRequest Request(IReadOnlyList<Resource> resources) => new()
    {
        ReferenceHub = "sai-8d41f0a2-3c7b-4e19-a6d5-0b9e2f4c7a18",
        Person = resources.OfType<Person>().Single(),
        Household = resources.OfType<Household>().Single(),
        Consent = resources.OfType<Consent>().Single(),
        ConsentModalite = "ORAL_TRACE",
        RequestedRights = ["PUMA", "C2S"],
        ReferentDestinataire = new ReferentDestinataire("KLEIN", null, "Mission accompagnement santé (fictif)"),
        ReferentDemandeur = new ReferentDemandeur("GASSER", "Élodie", new StructureDemandeur("Conseil départemental du Haut-Rhin"), "e.gasser@cd68.example"),
        Urgence = new Urgence("PRIORITAIRE", "RUPTURE_DE_DROITS"),
        PiecesManquantes = ["AVIS_IMPOSITION"],
        EmiseLe = new DateTimeOffset(2026, 3, 4, 10, 2, 0, TimeSpan.FromHours(1)),
    };
}
