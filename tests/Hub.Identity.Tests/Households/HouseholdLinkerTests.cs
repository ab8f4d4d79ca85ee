using Hub.Identity.Households;
using Hub.Identity.Matching;
using Hub.Identity.Normalisation;
using static Hub.Identity.Tests.Matching.People;

namespace Hub.Identity.Tests.Households;

public sealed class HouseholdLinkerTests
{
    private readonly PersonIndex _index = new();

    // Adds the same invented person seen by SI-SIAO and by the CAF; returns both source records.
    private (SourceRecordRef Siao, SourceRecordRef Caf) Both(string name, string first, string date, Sex sex)
    {
        var siao = Person(name, first, date, sex);
        var caf = Person(name.ToLowerInvariant(), first, date, sex, source: "caf");
        _index.MatchAndAdd(siao);
        var (decision, _) = _index.MatchAndAdd(caf);
        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
        return (new SourceRecordRef(siao.Source, siao.SourceId), new SourceRecordRef(caf.Source, caf.SourceId));
    }

    private SourceRecordRef Alone(string name, string first, string date, Sex sex, string source)
    {
        var record = Person(name, first, date, sex, source: source);
        _index.MatchAndAdd(record);
        return new SourceRecordRef(record.Source, record.SourceId);
    }

    [Fact]
    public void Link_MenageAndFoyerWithTheSameMembers_AreOneHousehold()
    {
        var mother = Both("ZIGRAGIRD", "NADIA", "1985-02-11", Sex.Female);
        var son = Both("ZIGRAGIRD", "ADAM", "2012-07-30", Sex.Male);
        var daughter = Both("ZIGRAGIRD", "LINA", "2015-01-09", Sex.Female);
        var menage = new HouseholdRecord(new SourceRecordRef("siao", "M1"), [new(mother.Siao), new(son.Siao), new(daughter.Siao)]);
        var foyer = new HouseholdRecord(new SourceRecordRef("caf", "F1"), [new(mother.Caf), new(son.Caf)], "4662924", "681");

        var link = Assert.Single(HouseholdLinker.Link([menage, foyer], _index.PersonOf));

        Assert.Equal(2, link.SharedPersons);
        Assert.Equal(1.0, link.Overlap);
    }

    [Fact]
    public void Link_MemberWhoLeftBeforeTheOtherHouseholdBegan_DoesNotCount()
    {
        var father = Both("PERHAUNE", "KARIM", "1979-03-03", Sex.Male);
        var mother = Both("PERHAUNE", "SARAH", "1981-06-21", Sex.Female);
        var left = new DateOnly(2022, 5, 31);
        var menage = new HouseholdRecord(new SourceRecordRef("siao", "M2"),
            [new(father.Siao, To: left), new(mother.Siao, To: left)]);
        var foyer = new HouseholdRecord(new SourceRecordRef("caf", "F2"),
            [new(father.Caf, From: new DateOnly(2023, 1, 1)), new(mother.Caf, From: new DateOnly(2023, 1, 1))]);

        Assert.Empty(HouseholdLinker.Link([menage, foyer], _index.PersonOf));
    }

    [Fact]
    public void Link_OneSharedMemberOfTwoLargerHouseholds_IsSomeoneWhoMovedNotOneHousehold()
    {
        var young = Both("BERLAPAUD", "THEO", "2003-09-14", Sex.Male);
        var menage = new HouseholdRecord(new SourceRecordRef("siao", "M3"),
            [new(young.Siao), new(Alone("VEFAEL", "LOUISE", "2004-01-02", Sex.Female, "siao"))]);
        var foyer = new HouseholdRecord(new SourceRecordRef("caf", "F3"),
            [new(young.Caf), new(Alone("BERLAPAUD", "ALAIN", "1970-04-04", Sex.Male, "caf")), new(Alone("BERLAPAUD", "ROSE", "1972-08-08", Sex.Female, "caf"))]);

        Assert.Empty(HouseholdLinker.Link([menage, foyer], _index.PersonOf));
    }

    [Fact]
    public void Link_SinglePersonHouseholdsOfTheSamePerson_AreOneHousehold()
    {
        var single = Both("QUEFAEL", "MONIQUE", "1950-10-10", Sex.Female);

        var link = Assert.Single(HouseholdLinker.Link(
            [new HouseholdRecord(new SourceRecordRef("siao", "M4"), [new(single.Siao)]), new HouseholdRecord(new SourceRecordRef("caf", "F4"), [new(single.Caf)])],
            _index.PersonOf));

        Assert.Equal(1, link.SharedPersons);
    }

    [Fact]
    public void Link_HouseholdsOfOneSource_AreNeverLinkedToEachOther()
    {
        var person = Both("QUEFAEL", "MONIQUE", "1950-10-10", Sex.Female);

        Assert.Empty(HouseholdLinker.Link(
            [new HouseholdRecord(new SourceRecordRef("siao", "M5"), [new(person.Siao)]), new HouseholdRecord(new SourceRecordRef("siao", "M6"), [new(person.Siao)])],
            _index.PersonOf));
    }
}
