using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Mapping.Tests.Caf;

namespace Hub.Mapping.Tests.ApiParticulier;

public sealed class ApiParticulierRightsMapperTests
{
    [Fact]
    public void MapPrestation_RsaWithMajoration_OpenFromStartDateAndTagged()
    {
        var result = AnswerReplay.Map(ApiParticulierEndpoint.RevenuSolidariteActive, 200,
            """{"data":{"est_beneficiaire":true,"avec_majoration":true,"date_debut_droit":"2025-12-01"},"links":{},"meta":{}}""");

        var sut = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        Assert.Equal(RightStatusCode.Open, sut.Status);
        Assert.Equal("2025-12-01", sut.Period!.Start.ToString());
        Assert.Null(sut.Period.End);
        Assert.Contains(sut.Meta!.Tag!, t => t.Code == "avec_majoration");
        Assert.Equal("urn:lda-hub:source:caf", sut.Meta.Source);
        Assert.Contains(result.Provenance, p => p.Path == "RightsStatus.period.start" && p.SourceField == "date_debut_droit");
        Assert.Contains(result.Provenance, p => p.Path == "RightsStatus.status" && p.SourceField == "est_beneficiaire");
    }

    [Fact]
    public void MapPrestation_NotBeneficiary_ClosedWithoutPeriod()
    {
        var result = AnswerReplay.Map(ApiParticulierEndpoint.AllocationAdulteHandicape, 200, """{"data":{"est_beneficiaire":false,"date_debut_droit":null}}""");

        var sut = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        Assert.Equal(RightStatusCode.Closed, sut.Status);
        Assert.Null(sut.Period);
        Assert.Null(sut.Meta!.Tag);
    }

    [Fact]
    public void MapPrestation_NotFound_UnknownNotClosedWithErrorCodeKept()
    {
        var result = AnswerReplay.Map(ApiParticulierEndpoint.AllocationSoutienFamilial, 404, """{"errors":[{"code":"23003","title":"Dossier allocataire absent CNAF"}]}""");

        var sut = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        Assert.Equal(RightStatusCode.Unknown, sut.Status);
        Assert.Equal("23003", Assert.Single(sut.Meta!.Tag!).Code);
        CanonicalAssert.Valid(result.Resources);
    }

    [Fact]
    public void MapPrestation_UnreadableStartDate_KeptOutAndReported()
    {
        var result = AnswerReplay.Map(ApiParticulierEndpoint.PrimeActivite, 200, """{"data":{"est_beneficiaire":true,"avec_majoration":false,"date_debut_droit":"01/12/2025"}}""");

        var sut = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        Assert.Null(sut.Period);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("invalid-value", "01/12/2025"), (issue.Code, issue.SourceValue));
        Assert.True(result.IsMappable);
    }

    [Fact]
    public void MapQuotientFamilial_UnknownFund_ReportedAndCafKept()
    {
        var result = AnswerReplay.Map(ApiParticulierEndpoint.QuotientFamilial, 200, """{"data":{"quotient_familial":{"fournisseur":"CNMSS","valeur":640,"annee":2026,"mois":2}}}""");

        var sut = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        Assert.Equal("CAF", sut.Provider.Code);
        Assert.Equal(640, sut.QuotientFamilial);
        Assert.Equal(("2026-02", "2026-02"), (sut.Period!.Start.ToString(), sut.Period.End.ToString()));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("unknown-code", "CNMSS"), (issue.Code, issue.SourceValue));
        CanonicalAssert.Valid(result.Resources);
    }

    [Fact]
    public void MapComplementaireSanteSolidaire_ProviderCachedAnswer_CheckedAtIsWhenTheFundWasAsked()
    {
        var meta = new ApiParticulierResponseMeta(null, null, ProviderCached: true, CacheExpiresInSeconds: 86_400 - 7_200);

        var result = AnswerReplay.Map(ApiParticulierEndpoint.ComplementaireSanteSolidaire, 200,
            """{"data":{"est_beneficiaire":true,"avec_participation":true,"date_debut_droit":"2026-03-01"}}""", meta);

        var sut = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        Assert.Equal(AnswerReplay.CheckedAt.AddHours(-2), sut.CheckedAt!.Value.Instant);
        Assert.Equal("CPAM", sut.Provider.Code);
        Assert.Equal("avec_participation", Assert.Single(sut.Meta!.Tag!).Code);
        Assert.Null(sut.Household);
    }
}
