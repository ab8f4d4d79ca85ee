using Hub.Sync.Survivorship;

namespace Hub.Sync.Tests.Survivorship;

public sealed class SurvivorshipRulesTests
{
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly SurvivorshipRules _sut = new(new Dictionary<string, List<string>>
    {
        ["Person.*"] = ["hub", "siao"],
        ["Person.birthDate"] = ["cpam", "caf"],
    });

    [Fact]
    public void Decide_FieldRuleAndWildcard_FieldRuleFirst()
    {
        var decision = _sut.Decide("Person", "birthDate", new FieldStamp("caf", T1), new FieldStamp("cpam", T1.AddDays(-1)));

        Assert.Equal(new SurvivorshipDecision(true, "priority:Person.birthDate"), decision);
    }

    [Fact]
    public void Decide_OtherFieldOfType_Wildcard()
    {
        Assert.Equal(new SurvivorshipDecision(false, "priority:Person.*"), _sut.Decide("Person", "sex", new FieldStamp("hub", T1), new FieldStamp("siao", T1.AddDays(1))));
    }

    [Fact]
    public void Decide_ListedAgainstUnlisted_ListedWins()
    {
        Assert.Equal(new SurvivorshipDecision(false, "priority:Person.birthDate"), _sut.Decide("Person", "birthDate", new FieldStamp("caf", T1), new FieldStamp("siao", T1.AddDays(1))));
    }

    [Fact]
    public void Decide_BothUnlistedOrNoRule_Newest()
    {
        Assert.Equal(new SurvivorshipDecision(false, SurvivorshipRules.Newest), _sut.Decide("Person", "birthDate", new FieldStamp("siao", T1), new FieldStamp("solis", T1.AddDays(-1))));
        Assert.Equal(new SurvivorshipDecision(true, SurvivorshipRules.Newest), _sut.Decide("Household", "address", new FieldStamp("siao", T1), new FieldStamp("solis", T1)));
    }
}
