using Hub.Canonical.Model;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Mapping.Rsa;
using Hub.Mapping.Tests.Caf;

namespace Hub.Mapping.Tests.Rsa;

public sealed class RsaFoyerMapperTests
{
    private static readonly RsaFlowHeader Flux = new("M", "D", new DateOnly(2026, 3, 5), new TimeOnly(1, 18), new DateOnly(2026, 2, 28));

    [Theory]
    [InlineData("0", RightStatusCode.Pending)]
    [InlineData("1", RightStatusCode.Refused)]
    [InlineData("2", RightStatusCode.Open)]
    [InlineData("3", RightStatusCode.Open)]
    [InlineData("4", RightStatusCode.Open)]
    [InlineData("5", RightStatusCode.Closed)]
    [InlineData("6", RightStatusCode.Closed)]
    public void Map_EtatDossier_GivesStatusAndKeepsSourceState(string etat, RightStatusCode expected)
    {
        var result = RsaFoyerMapper.Default.Map(Foyer(etat), "521-1234567");

        var rights = Assert.Single(result.Resources.OfType<RightsStatus>());
        Assert.Equal(expected, rights.Status);
        Assert.Contains(rights.Meta!.Tag!, t => t.System == "urn:lda-hub:code:source:caf.rsa-etat-dossier" && t.Code == etat);
        Assert.Equal("RSA", rights.Right.Code);
        Assert.Equal("2026-02-28", rights.CheckedAt.ToString());
        Assert.Empty(result.Issues);
        CanonicalAssert.Valid(result.Resources);
    }

    [Fact]
    public void Map_UnknownEtat_UnknownStatusCodeKeptAndReported()
    {
        var result = RsaFoyerMapper.Default.Map(Foyer("Z"), "521-1234567");

        var rights = Assert.Single(result.Resources.OfType<RightsStatus>());
        Assert.Equal(RightStatusCode.Unknown, rights.Status);
        Assert.Contains(rights.Meta!.Tag!, t => t.Code == "Z");
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("unknown-code", "Z"), (issue.Code, issue.SourceValue));
        Assert.True(result.IsMappable);
    }

    [Fact]
    public void Map_Nir13_StoredWith15CharactersAndComputedKey()
    {
        var result = RsaFoyerMapper.Default.Map(Foyer("2"), "521-1234567");

        var person = Assert.Single(result.Resources.OfType<Person>());
        var nir = person.Identifier!.Single(i => i.System == IdentifierSystems.Nir).Value;
        Assert.Equal(15, nir.Length);
        Assert.StartsWith("1800168224001", nir, StringComparison.Ordinal);
        Assert.Equal(97 - (int)(1800168224001UL % 97), int.Parse(nir[13..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Map_CorsicanNir_KeyComputedWith19ForTwoA()
    {
        var result = RsaFoyerMapper.Default.Map(Foyer("2", nir: "180012A004001"), "521-1234567");

        var nir = Assert.Single(result.Resources.OfType<Person>()).Identifier!.Single(i => i.System == IdentifierSystems.Nir).Value;
        Assert.Equal($"180012A004001{97 - (int)(1800119004001UL % 97):00}", nir);
    }

    [Fact]
    public void Map_TwoPeople_AllocataireNumberOnlyOnTheResponsibleOne()
    {
        var spouse = Personne("2780268224002", responsable: false, "CJT") with { Sexe = "2", Prenoms = ["CAMILLE"] };
        var foyer = Foyer("2") with { Personnes = [spouse, Personne("1800168224001", responsable: true, "DEM")] };

        var result = RsaFoyerMapper.Default.Map(foyer, "521-1234567");

        var people = result.Resources.OfType<Person>().ToList();
        Assert.DoesNotContain(people[0].Identifier!, i => i.System == IdentifierSystems.CafAllocataire);
        Assert.Contains(people[1].Identifier!, i => i is { System: IdentifierSystems.CafAllocataire, Value: "521-1234567" });
        var rights = Assert.Single(result.Resources.OfType<RightsStatus>());
        Assert.Equal(people[1].Identifier![0], rights.Person.Identifier);
        Assert.Equal("F", people[0].Sex!.Code);
        CanonicalAssert.Valid(result.Resources);
    }

    [Fact]
    public void Map_MalformedNir_NotKeptAndNeverQuotedInIssues()
    {
        var result = RsaFoyerMapper.Default.Map(Foyer("2", nir: "1800168X24001"), "521-1234567");

        var person = Assert.Single(result.Resources.OfType<Person>());
        Assert.DoesNotContain(person.Identifier!, i => i.System == IdentifierSystems.Nir);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("invalid-value", issue.Code);
        Assert.Null(issue.SourceValue);
        Assert.DoesNotContain("1800168", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ClosedDossier_PeriodEndsAtClosingDate()
    {
        var foyer = Foyer("5") with { Situation = new SituationDossierRsa("5", null, null, [], [], new DateOnly(2026, 1, 31), "PCG") };

        var rights = Assert.Single(RsaFoyerMapper.Default.Map(foyer, "521-1234567").Resources.OfType<RightsStatus>());

        Assert.Equal("2026-01-31", rights.Period!.End.ToString());
        Assert.Null(rights.Period.Start);
        Assert.Contains(rights.Meta!.Tag!, t => t.Code == "PCG");
    }

    private static FoyerRsa Foyer(string etat, string nir = "1800168224001") => new(
        Flux,
        new RsaOrganisme("CAF", "521", "123456700000000"),
        "01024041052",
        new DateOnly(2025, 8, 6),
        [Personne(nir, responsable: true, "DEM")],
        new SituationDossierRsa(etat, null, null, [], [], null, null),
        new DateOnly(2025, 8, 6));

    private static PersonneRsa Personne(string nir, bool responsable, string role) => new(
        "MR", "TESTEUR", "TESTEUR", ["ALEX"], "MULHOUSE", "1980-01-01", "N", nir, true, "1", responsable,
        [new PrestationRsa("RSA", role, true)], true);
}
