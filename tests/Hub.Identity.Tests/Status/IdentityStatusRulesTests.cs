using Hub.Identity.Status;

namespace Hub.Identity.Tests.Status;

public sealed class IdentityStatusRulesTests
{
    [Theory]
    [InlineData(IdentityStatus.Provisional, false)]
    [InlineData(IdentityStatus.Validated, false)]
    [InlineData(IdentityStatus.Retrieved, false)]
    [InlineData(IdentityStatus.Qualified, true)]
    public void MayShareNir_OnlyAQualifiedIdentity_MayCarryTheNir(IdentityStatus status, bool expected)
    {
        Assert.Equal(expected, IdentityStatusRules.MayShareNir(status));
    }

    [Theory]
    [InlineData("QUAL", IdentityStatus.Qualified)]
    [InlineData("RECUP", IdentityStatus.Retrieved)]
    [InlineData("VALI", IdentityStatus.Validated)]
    [InlineData("PROV", IdentityStatus.Provisional)]
    [InlineData(null, IdentityStatus.Provisional)]
    public void FromCode_CanonicalCode_TheRnivStatusAndTheOutboundRuleAgree(string? code, IdentityStatus expected)
    {
        var person = new Hub.Canonical.Model.Person
        {
            IdentityStatus = code is null ? null : new Hub.Canonical.Model.Coding { System = Hub.Canonical.Model.CodeSystems.StatutIdentite, Code = code },
        };

        Assert.Equal(expected, IdentityStatusRules.FromCode(code));
        // The outbound guard (Hub.Mapping.Core.NirDisclosure) applies the same rule on the canonical code.
        Assert.Equal(IdentityStatusRules.MayShareNir(expected), Hub.Mapping.Core.NirDisclosure.MayShareNir(person));
    }

    [Theory]
    [InlineData(false, false, IdentityStatus.Provisional)]
    [InlineData(false, true, IdentityStatus.Validated)]
    [InlineData(true, false, IdentityStatus.Retrieved)]
    [InlineData(true, true, IdentityStatus.Qualified)]
    public void From_InsiAndDocumentChecks_GiveTheRnivStatus(bool insi, bool document, IdentityStatus expected)
    {
        Assert.Equal(expected, IdentityStatusRules.From(insi, document));
    }

    [Fact]
    public void AfterMerge_StrictTraitsDisagree_FallsBackToProvisional()
    {
        Assert.Equal(IdentityStatus.Qualified, IdentityStatusRules.AfterMerge(IdentityStatus.Qualified, IdentityStatus.Provisional, strictTraitsAgree: true));
        Assert.Equal(IdentityStatus.Provisional, IdentityStatusRules.AfterMerge(IdentityStatus.Qualified, IdentityStatus.Validated, strictTraitsAgree: false));
    }
}
