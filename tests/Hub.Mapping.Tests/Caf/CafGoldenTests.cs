using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.Caf;

namespace Hub.Mapping.Tests.Caf;

/// <summary>Golden/caf: API Particulier answers and CAF status updates → canonical; canonical → the saisine sent to the CAF.</summary>
public sealed class CafGoldenTests
{
    [Theory]
    [InlineData("qf-msa-couple-2-enfants", "quotient_familial", 200)]
    [InlineData("qf-non-trouve", "quotient_familial", 404)]
    [InlineData("rsa-beneficiaire-majoration", "revenu_solidarite_active", 200)]
    [InlineData("rsa-non-beneficiaire", "revenu_solidarite_active", 200)]
    [InlineData("prime-activite-sans-majoration", "prime_activite", 200)]
    [InlineData("aah-beneficiaire", "allocation_adulte_handicape", 200)]
    [InlineData("asf-non-beneficiaire", "allocation_soutien_familial", 200)]
    public void MapAnswer_Case_MatchesGolden(string name, string endpoint, int status) =>
        GoldenCases.Answer("caf", name, endpoint, status);

    [Theory]
    [InlineData("statut-droits-ouverts")]
    [InlineData("statut-incomplete")]
    public void MapStatus_Case_MatchesGolden(string name) =>
        GoldenCases.Status("caf", name, CafSaisine.StatusMapper);

    [Fact]
    public void MapSaisine_CanonicalHousehold_MatchesGolden() =>
        GoldenCases.Saisine("caf", CafSaisine.Mapper, Request);

    internal static SaisineRequest Request(IReadOnlyList<Resource> resources) => new()
    {
        ReferenceHub = "sai-2b7e91c4-6d3f-4a85-b0e2-5f1c8a7d3e96",
        Person = resources.OfType<Person>().Single(),
        Household = resources.OfType<Household>().Single(),
        Consent = resources.OfType<Consent>().Single(),
        ConsentModalite = "ECRIT",
        RequestedRights = ["APL", "ASF", "QF", "ALF"],
        ReferentDestinataire = new ReferentDestinataire("WEBER", "CAF68-LDA-02", "Service partenaires (fictif)"),
        ReferentDemandeur = new ReferentDemandeur("FISCHER", "Marc", new StructureDemandeur("Association Toit Ensemble (fictive)", "99900000000012"), "m.fischer@toit-ensemble.example", "Travailleur social LDA"),
        Urgence = new Urgence("URGENTE", "ENTREE_LOGEMENT_IMMINENTE", new DateOnly(2026, 3, 20)),
        PiecesManquantes = ["BAIL", "JUGEMENT_GARDE_PENSION"],
        Contexte = new ContexteSaisine("LOGEMENT_D_ABORD", new DateOnly(2026, 3, 20)),
        EmiseLe = new DateTimeOffset(2026, 3, 4, 9, 45, 0, TimeSpan.FromHours(1)),
    };
}
