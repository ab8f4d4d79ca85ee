using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Connectors.Solis;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;
using Hub.Mapping.Solis;

namespace Hub.Mapping.Tests.Siao;

/// <summary>The outbox's entry points: partner ids and consent are found among the related resources.</summary>
public sealed class OutboundMapperTests
{
    private static readonly Household Household = new()
    {
        Id = "h1",
        Identifier = [new Identifier { System = IdentifierSystems.SiaoMenage, Value = "400127" }, new Identifier { System = IdentifierSystems.SolisDossier, Value = "D-1300912" }],
        Member = [new HouseholdMember { Person = Reference.To(Person.TypeName, "p1") }],
    };

    private static readonly HousingPlacement Placement = new()
    {
        Id = "log-1",
        Household = Reference.To(Canonical.Model.Household.TypeName, "h1"),
        Unit = new HousingUnit { Address = new Address { Cog = "68224" } },
        LandlordType = LandlordType.Social,
        EntryDate = new FhirDate(2026, 3, 20),
        Status = HousingPlacementStatus.Active,
    };

    private static readonly Consent Consent = new()
    {
        Person = Reference.To(Person.TypeName, "p1"),
        Status = ConsentStatus.Active,
        Organisations = [new Coding { System = CodeSystems.OrganisationPartenaire, Code = "cd68" }],
        Purposes = [new Coding { System = CodeSystems.FinaliteConsentement, Code = "coordination" }],
        DateTime = new FhirDate(2026, 2, 12),
    };

    [Fact]
    public void SiaoMap_HousingEntry_FindsTheMenageThroughTheHouseholdAndStampsWithTheClock()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 3, 20, 9, 12, 0, TimeSpan.Zero));
        var sut = new SiaoOutboundMapper(CodeTables.Default, time);

        var mapping = sut.Map(SiaoMessageKinds.RetourLogement, Placement, new Dictionary<string, Resource> { ["Household/h1"] = Household });

        var json = SiaoRecords.ToJson(mapping.Message!);
        Assert.Contains("\"idMenage\":\"400127\"", json, StringComparison.Ordinal);
        Assert.Contains("\"typeBailleur\":\"SOCIAL\"", json, StringComparison.Ordinal);
        Assert.Contains("\"horodatage\":\"2026-03-20T09:12:00+00:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SiaoMap_HouseholdUnknownToSiao_SaysWhyNothingIsSent()
    {
        var sut = new SiaoOutboundMapper(CodeTables.Default);

        var mapping = sut.Map(SiaoMessageKinds.RetourLogement, Placement, new Dictionary<string, Resource>());

        Assert.Null(mapping.Message);
        Assert.Contains("SI-SIAO", mapping.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SolisMap_WithConsentAmongRelated_SendsTheEntryForTheDossier()
    {
        var sut = new SolisOutboundMapper(CodeTables.Default);
        var related = new Dictionary<string, Resource> { ["Household/h1"] = Household, ["Consent/c1"] = Consent };

        var mapping = sut.Map(SolisMessageKinds.EntreeLogement, Placement, related);

        var json = SolisRecords.ToJson(mapping.Message!);
        Assert.Contains("\"idDossier\":\"D-1300912\"", json, StringComparison.Ordinal);
        Assert.Contains("\"modeOccupation\":\"BAIL_DIRECT\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SolisMap_WithoutConsent_SendsNothing()
    {
        var sut = new SolisOutboundMapper(CodeTables.Default);

        var mapping = sut.Map(SolisMessageKinds.EntreeLogement, Placement, new Dictionary<string, Resource> { ["Household/h1"] = Household });

        Assert.Null(mapping.Message);
        Assert.Contains("consent", mapping.Reason, StringComparison.Ordinal);
    }

    /// <summary>This project does not reference Microsoft.Extensions.TimeProvider.Testing; a fixed clock is all these tests need.</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
