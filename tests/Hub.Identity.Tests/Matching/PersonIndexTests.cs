using Hub.Identity.Matching;
using Hub.Identity.Normalisation;
using Hub.Identity.Synthetic;
using static Hub.Identity.Tests.Matching.People;

namespace Hub.Identity.Tests.Matching;

public sealed class PersonIndexTests
{
    private static PersonIndex IndexOf(int records, out SyntheticSet set)
    {
        set = SyntheticPopulation.Generate(new SyntheticOptions { Records = records, Seed = 7 });
        var index = new PersonIndex(capacity: records);
        index.Deduplicate(set.Records);
        return index;
    }

    [Fact]
    public void Match_KnownPersonWithATypo_FindsThePersonThroughTheBlocks()
    {
        var sut = IndexOf(2_000, out _);
        var person = sut.Add(Person("QUEBERCHAREL", "ISABELLE", "1944-12-05", nir: null));

        var decision = sut.Match(Person("QUEBERCHAREEL", "Isabelle", "1944-12-05", source: "cpam"));

        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
        Assert.Equal(person, decision.PersonId);
        Assert.NotEmpty(decision.Evidence);
    }

    [Fact]
    public void Match_OneNewRecord_ComparesOnlyItsBlocksNotTheWholeIndex()
    {
        var sut = IndexOf(5_000, out _);

        var decision = sut.Match(Person("DURAND", "SYLVIE", "1961-09-02"));

        Assert.InRange(decision.CandidatesCompared, 0, 200);
    }

    [Fact]
    public void Match_SwappedNamesAndWrongYear_StillReachTheCandidateThroughTheSwappedKey()
    {
        var sut = new PersonIndex();
        sut.Add(Person("PLAJABLANEL", "NATHALIE", "1970-02-23"));

        var decision = sut.Match(Person("NATHALIE", "PLAJABLANEL", "1971-00-00", source: "caf"));

        Assert.Equal(1, decision.CandidatesCompared);
    }

    [Fact]
    public void MatchAndAdd_SameSourceRecordAgain_StaysWithItsPerson()
    {
        var sut = new PersonIndex();
        var record = Person("FABRE", "ZOE", "2004-08-19");
        var (_, person) = sut.MatchAndAdd(record);

        var (decision, again) = sut.MatchAndAdd(record with { FirstNames = "ZOÉ CLARA" });

        Assert.Equal(MatchRule.SourceIdLinked, decision.Rule);
        Assert.Equal(person, again);
        Assert.Equal(1, sut.Count);
    }

    [Fact]
    public void MatchAndAdd_NewPersonThenTheSamePersonFromAnotherSource_LinksTheSecondToTheFirst()
    {
        var sut = new PersonIndex();
        var (first, person) = sut.MatchAndAdd(Person("GIRAUD", "EMMA", "1999-01-15", nir: "2 99 01 68 224 031"));

        var (second, linked) = sut.MatchAndAdd(Person("GIRAUD", "Emma", "1999-01-15", nir: "2990168224031", source: "caf"));

        Assert.Equal(MatchOutcome.NewPerson, first.Outcome);
        Assert.Equal(MatchOutcome.AutoLink, second.Outcome);
        Assert.Equal(person, linked);
        Assert.Equal(MatchRule.SameNir, second.Rule);
        Assert.Equal("siao", second.Candidate!.Source);
    }

    [Fact]
    public void Deduplicate_PairSplitByAPerson_IsNeverMergedAgain()
    {
        var a = Person("LEGRAND", "THEO", "2011-10-10", Sex.Male);
        var b = Person("LEGRAND", "THEO", "2011-10-10", Sex.Male, source: "caf");
        Assert.Equal(MatchOutcome.AutoLink, new PersonIndex().Compare(a, b).Outcome);

        var result = new PersonIndex().Deduplicate([a, b], [(new SourceRecordRef(a.Source, a.SourceId), new SourceRecordRef(b.Source, b.SourceId))]);

        Assert.NotEqual(result.PersonOf[0], result.PersonOf[1]);
    }

    [Fact]
    public void Deduplicate_SameSourceRecordTwice_IsOnePerson()
    {
        var a = Person("LEGRAND", "THEO", "2011-10-10", Sex.Male);

        var result = new PersonIndex().Deduplicate([a, a with { FirstNames = "MATHIEU" }]);

        Assert.Equal(result.PersonOf[0], result.PersonOf[1]);
    }

    [Fact]
    public void Deduplicate_ReviewPair_IsReportedNotLinked()
    {
        var a = Person("BERLAPAUD", "ANDRE", "2002-01-31", Sex.Male, birthPlace: null, commune: null);
        var b = Person("BERLAPAUD", "ANDRE", "2002-00-00", Sex.Male, birthPlace: null, commune: null, source: "caf");

        var result = new PersonIndex().Deduplicate([a, b]);

        Assert.NotEqual(result.PersonOf[0], result.PersonOf[1]);
        Assert.Equal(new ReviewPair(0, 1, result.Reviews[0].Score), Assert.Single(result.Reviews));
    }

    [Fact]
    public void Compare_HomonymsWithAVeryCommonNameBornTheSameDay_GoToReviewNotAutoLink()
    {
        // A crowd where a third are MARTIN and a quarter are MARIE: agreeing on those names proves little.
        static string Letters(int n) => string.Concat(Enumerable.Range(0, 4).Select(k => (char)('A' + (n / (int)Math.Pow(26, k) % 26))));
        var crowd = Enumerable.Range(0, 1_200).Select(i => Person(
            i % 3 == 0 ? "MARTIN" : "B" + Letters(i), i % 4 == 0 ? "MARIE" : "C" + Letters(i), $"{1940 + (i % 60)}-{1 + (i % 12):00}-{1 + (i % 28):00}"));
        var sut = new PersonIndex();
        sut.Deduplicate(crowd.ToList());

        var decision = sut.Compare(
            Person("MARTIN", "MARIE", "1993-03-17", birthPlace: null, commune: "68001"),
            Person("MARTIN", "MARIE", "1993-03-17", birthPlace: null, commune: "68001", source: "cpam"));

        Assert.Equal(MatchOutcome.Review, decision.Outcome);
        Assert.Equal(MatchRule.NeedsReview, decision.Rule);
    }

    [Fact]
    public void Compare_RareNameBornTheSameDay_AutoLinksWithoutBirthplace()
    {
        var sut = IndexOf(5_000, out _);

        var decision = sut.Compare(
            Person("QUEBERCHAREL", "ISABELLE", "1944-12-05", birthPlace: null),
            Person("QUEBERCHAREL", "ISABELLE", "1944-12-05", birthPlace: null, source: "cpam"));

        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Compare_DifferentSexWithEverythingElseEqual_GoesToReview()
    {
        var decision = new PersonIndex().Compare(
            Person("QUEBERCHAREL", "CAMILLE", "1944-12-05", Sex.Female),
            Person("QUEBERCHAREL", "CAMILLE", "1944-12-05", Sex.Male, source: "cpam"));

        Assert.Equal(MatchOutcome.Review, decision.Outcome);
    }

    [Fact]
    public void Constructor_ReviewThresholdAboveAutoLink_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonIndex(new MatchOptions { AutoLinkThreshold = 10, ReviewThreshold = 20 }));

        Assert.Contains("ReviewThreshold", error.Message, StringComparison.Ordinal);
    }
}
