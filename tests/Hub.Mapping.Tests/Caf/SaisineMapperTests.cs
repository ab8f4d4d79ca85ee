using Hub.Canonical.Model;
using Hub.Mapping.Caf;
using Hub.Mapping.Cpam;
using Hub.Mapping.Tests.Cpam;

namespace Hub.Mapping.Tests.Caf;

public sealed class SaisineMapperTests
{
    private static readonly IReadOnlyList<Resource> Caf = GoldenCases.ReadResources("caf", "out-saisine.canonical.json");
    private static readonly IReadOnlyList<Resource> Cpam = GoldenCases.ReadResources("cpam", "out-saisine.canonical.json");

    [Fact]
    public void Map_HousingRights_SentOnceAsAideLogementWithCafNumbers()
    {
        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(Caf));

        Assert.True(sut.IsSendable);
        Assert.Equal(["AIDE_LOGEMENT", "ASF", "QF"], sut.Saisine!.DroitsDemandes);
        Assert.Equal(("681", "4471203"), (sut.Saisine.Personne.NumeroOrganisme, sut.Saisine.Personne.NumeroAllocataire));
        Assert.Equal(new Hub.Connectors.Referral.Dtos.CompositionMenage("SEUL", 1, 1), sut.Saisine.CompositionMenage);
        Assert.Equal("saisine", sut.ToMessage().Kind);
    }

    [Fact]
    public void Map_CpamSaisineQualifiedIdentity_CarriesNirButNoCafNumbersNorComposition()
    {
        // The golden person's identity is provisional: its NIR stays in the hub (NirDisclosureTests); qualified, it goes.
        var qualified = Cpam.Select(r => r is Person p ? p with { IdentityStatus = new Coding { System = CodeSystems.StatutIdentite, Code = "QUAL" } } : r).ToList();
        var sut = CpamSaisine.Mapper.Map(CpamGoldenTests.Request(qualified));

        Assert.True(sut.IsSendable);
        Assert.Equal("179129935201102", sut.Saisine!.Personne.Nir);
        Assert.Null(sut.Saisine.Personne.NumeroAllocataire);
        Assert.Null(sut.Saisine.CompositionMenage);
        Assert.Equal(new Hub.Connectors.Referral.Dtos.LieuNaissance("99352"), sut.Saisine.Personne.LieuNaissance);
    }

    [Theory]
    [InlineData("C2S")]
    [InlineData("PUMA")]
    public void Map_CafAskedForHealthCover_RefusedOutOfScope(string right)
    {
        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(Caf) with { RequestedRights = ["RSA", right] });

        Assert.False(sut.IsSendable);
        Assert.Null(sut.Saisine);
        var issue = Assert.Single(sut.Issues);
        Assert.Equal(("droit-hors-perimetre", right), (issue.Code, issue.SourceValue));
        Assert.Throws<InvalidOperationException>(() => sut.ToMessage());
    }

    [Fact]
    public void Map_CpamAskedForRsa_RefusedOutOfScope()
    {
        var sut = CpamSaisine.Mapper.Map(CpamGoldenTests.Request(Cpam) with { RequestedRights = ["RSA"] });

        Assert.Equal("droit-hors-perimetre", Assert.Single(sut.Issues).Code);
    }

    [Fact]
    public void Map_NoConsent_NothingSent()
    {
        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(Caf) with { Consent = null });

        Assert.False(sut.IsSendable);
        Assert.Equal("consent-missing", Assert.Single(sut.Issues).Code);
    }

    [Fact]
    public void Map_ConsentNotNamingTheOrganisationOrRevokedOrExpired_EveryReasonReported()
    {
        var consent = Cpam.OfType<Consent>().Single() with
        {
            Status = ConsentStatus.Revoked,
            Period = new Period { End = new FhirDate(2026, 3, 1) },
        };

        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(Caf) with { Consent = consent });

        var issue = Assert.Single(sut.Issues);
        Assert.Equal("consent-invalid", issue.Code);
        Assert.Contains("not active", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'caf'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("expired", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_PersonWithoutSexOrBirthPlace_RefusedWithFieldsNotValues()
    {
        var person = Caf.OfType<Person>().Single() with { Sex = new Coding { System = CodeSystems.Sexe, Code = "I" }, BirthPlace = null };

        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(Caf) with { Person = person });

        Assert.Equal(["personne.sexe", "personne.lieuNaissance"], sut.Issues.Select(i => i.Path).ToArray());
        Assert.All(sut.Issues, i => Assert.DoesNotContain("MOREL", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Map_NoIdentityStatus_SentAsProvisionalWithWarning()
    {
        var person = Caf.OfType<Person>().Single() with { IdentityStatus = null };

        var sut = CafSaisine.Mapper.Map(CafGoldenTests.Request(Caf) with { Person = person });

        Assert.True(sut.IsSendable);
        Assert.Equal("PROV", sut.Saisine!.Personne.StatutIdentite);
        Assert.Equal("missing-value", Assert.Single(sut.Issues).Code);
    }
}
