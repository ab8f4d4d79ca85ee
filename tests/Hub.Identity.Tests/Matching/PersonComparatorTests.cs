using Hub.Identity.Matching;
using Hub.Identity.Normalisation;
using static Hub.Identity.Tests.Matching.People;

namespace Hub.Identity.Tests.Matching;

/// <summary>Pairs compared through <see cref="PersonIndex.Compare"/>: the three outcomes, the rules and the hard negatives.</summary>
public sealed class PersonComparatorTests
{
    private readonly PersonIndex _sut = new();

    [Fact]
    public void Compare_SameTraitsWithAccentsAndCaseDropped_AutoLinksWithAnExplanation()
    {
        var decision = _sut.Compare(
            Person("LEFÈVRE", "Hélène Marie", "1975-03-14"),
            Person("Lefevre", "HELENE", "14/03/1975", source: "cpam"));

        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
        Assert.Equal(MatchRule.Score, decision.Rule);
        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthName, Agreement: Agreement.Exact, Weight: > 0 });
        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthDate, Agreement: Agreement.Exact, Weight: > 10 });
        Assert.Equal(decision.Score, decision.Evidence.Sum(e => e.Weight), 1);
    }

    [Fact]
    public void Compare_NameAndYearOnly_GoesToReview()
    {
        var decision = _sut.Compare(
            Person("BERLAPAUD", "ANDRE", "2002-01-31", Sex.Male, birthPlace: null, commune: null),
            Person("BERLAPAUD", "ANDRÉ", "2002-00-00", Sex.Male, birthPlace: null, commune: null));

        Assert.Equal(MatchOutcome.Review, decision.Outcome);
        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthDate, Agreement: Agreement.Weak });
    }

    [Fact]
    public void Compare_DifferentPersons_IsANewPerson()
    {
        var decision = _sut.Compare(Person("DURAND", "SYLVIE", "1961-09-02"), Person("PERRIN", "JULES", "1990-04-21", Sex.Male));

        Assert.Equal(MatchOutcome.NewPerson, decision.Outcome);
    }

    [Fact]
    public void Compare_SameNirConsistentWithTheTraits_LinksDeterministically()
    {
        var decision = _sut.Compare(
            Person("ROBIN", "PAUL", "1984-05-17", Sex.Male, nir: "1 84 05 68 224 025", birthPlace: null, commune: null),
            Person("ROBBIN", "Paul", "1984-05-00", Sex.Male, nir: "1840568224025" + Hub.Mapping.Cog.Nir.Key("1840568224025"), source: "cpam"));

        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
        Assert.Equal(MatchRule.SameNir, decision.Rule);
    }

    [Fact]
    public void Compare_ChildInsuredUnderAParentsNir_IsNotLinkedByTheNir()
    {
        var decision = _sut.Compare(
            Person("ROBIN", "PAUL", "1984-05-17", Sex.Male, nir: "1 84 05 68 224 025"),
            Person("ROBIN", "LUCAS", "2014-02-03", Sex.Male, nir: "1 84 05 68 224 025", source: "cpam"));

        Assert.NotEqual(MatchRule.SameNir, decision.Rule);
        Assert.Equal(MatchOutcome.NewPerson, decision.Outcome);
    }

    [Fact]
    public void Compare_TwoDifferentValidNirs_AreTwoPersonsWhateverTheScore()
    {
        var decision = _sut.Compare(
            Person("ROBIN", "PAUL", "1984-05-17", Sex.Male, nir: "1 84 05 68 224 025"),
            Person("ROBIN", "PAUL", "1984-05-17", Sex.Male, nir: "1 84 05 68 224 026", source: "cpam"));

        Assert.Equal(MatchOutcome.NewPerson, decision.Outcome);
        Assert.Equal(MatchRule.DifferentNir, decision.Rule);
    }

    [Fact]
    public void Compare_Twins_AreNeverLinked()
    {
        var decision = _sut.Compare(
            Person("KELLER", "LUCAS", "2010-06-02", Sex.Male, caf: "1234567"),
            Person("KELLER", "HUGO", "2010-06-02", Sex.Male, caf: "1234567", source: "caf"));

        Assert.Equal(MatchOutcome.NewPerson, decision.Outcome);
        Assert.Equal(MatchRule.Twins, decision.Rule);
    }

    [Fact]
    public void Compare_FatherAndSonWithTheSameNames_AreNeverLinked()
    {
        var decision = _sut.Compare(
            Person("KELLER", "JEAN", "1961-02-11", Sex.Male, caf: "1234567"),
            Person("KELLER", "JEAN", "1989-07-25", Sex.Male, caf: "1234567", source: "caf"));

        Assert.Equal(MatchOutcome.NewPerson, decision.Outcome);
        Assert.Equal(MatchRule.DifferentGeneration, decision.Rule);
    }

    [Fact]
    public void Compare_CommonNameBornTheSameYear_IsNotAutoLinked()
    {
        var decision = _sut.Compare(
            Person("MARTIN", "MARIE", "1980-04-12", birthPlace: "68066"),
            Person("MARTIN", "MARIE", "1980-09-30", birthPlace: "75056", source: "caf"));

        Assert.NotEqual(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Compare_TwinsWithTheSameFirstGivenName_AreNotAutoLinked()
    {
        var decision = _sut.Compare(
            Person("MARTIN", "MARIE SARAH", "2019-09-26", caf: "5416700"),
            Person("MARTIN", "MARIE MONIQUE", "2019-09-26", caf: "5416700", source: "caf"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.FirstNames, Agreement: Agreement.Partial });
        Assert.NotEqual(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Compare_SameFoyerMemberByCafNumber_LinksDeterministically()
    {
        var decision = _sut.Compare(
            Person("SCHNEIDER", "ANNA", "1993-11-08", caf: "7654321", birthPlace: null, commune: null),
            Person("SCHNEIDER", "ANNA", "1993-11-00", caf: "7654321", source: "caf", birthPlace: null, commune: null));

        Assert.Equal(MatchRule.SameCafMember, decision.Rule);
        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Compare_FamilyAndFirstNamesSwapped_AgreeAsSwapped()
    {
        var decision = _sut.Compare(Person("TRISCHAGOU", "INES", "1969-01-14"), Person("INES", "TRISCHAGOU", "1969-01-14", source: "solis"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthName, Agreement: Agreement.Swapped });
        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Compare_UsageNameKeyedAsBirthName_AgreesAsSwapped()
    {
        var decision = _sut.Compare(
            Person("ROUX", "NATHALIE", "1976-04-28", usageName: "MEYER"),
            Person("MEYER", "NATHALIE", "1976-04-28", source: "siao"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthName, Agreement: Agreement.Swapped });
        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Compare_MaritalFormInTheNameField_IsSplit()
    {
        var decision = _sut.Compare(
            Person("ROUX EPOUSE MEYER", "NATHALIE", "1976-04-28"),
            Person("ROUX", "NATHALIE", "1976-04-28", usageName: "MEYER", source: "cpam"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthName, Agreement: Agreement.Exact });
        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.UsageName, Agreement: Agreement.Exact });
    }

    [Fact]
    public void Compare_CompoundNameAndOnePart_AgreeStrongly()
    {
        var decision = _sut.Compare(Person("MARTIN-DUPONT", "LINA", "2001-03-03"), Person("DUPONT", "LINA", "2001-03-03", source: "caf"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthName, Agreement: Agreement.Strong });
    }

    [Fact]
    public void Compare_FirstNamesInAnotherOrder_AgreeAsSwapped()
    {
        var decision = _sut.Compare(Person("COLIN", "HUGO GABRIEL", "1945-09-30", Sex.Male), Person("COLIN", "GABRIEL HUGO", "1945-09-30", Sex.Male, source: "caf"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.FirstNames, Agreement: Agreement.Swapped });
    }

    [Fact]
    public void Compare_CompoundSecondNameInTwoWords_IsStillTheSameGivenNames()
    {
        var decision = _sut.Compare(Person("TIVATIN", "JEAN JEAN-PIERRE", "1967-02-05", Sex.Male), Person("TIVATIN", "Jean Jean Pierre", "1967-02-05", Sex.Male, source: "caf"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.FirstNames, Agreement: Agreement.Exact });
        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Theory]
    [InlineData("1980-03-07", "1980-07-03", Agreement.Swapped)]
    [InlineData("1980-03-07", "1980-03-17", Agreement.Close)]
    [InlineData("1980-03-07", "1980-03-00", Agreement.Partial)]
    [InlineData("1980-03-07", "1980-00-00", Agreement.Weak)]
    [InlineData("1980-03-07", "1980-12-31", Agreement.Weak)]
    [InlineData("1980-03-07", "1990-03-07", Agreement.Close)]
    [InlineData("1980-03-07", "1981-05-20", Agreement.Different)]
    public void Compare_BirthDates_GiveTheirLevel(string first, string second, Agreement expected)
    {
        var decision = _sut.Compare(Person("WEBER", "JADE", first), Person("WEBER", "JADE", second, source: "caf"));

        Assert.Contains(decision.Evidence, e => e.Trait == Trait.BirthDate && e.Agreement == expected);
    }

    [Fact]
    public void Compare_BirthplaceMergedSince_AgreesThroughTheCommuneOfToday()
    {
        // Grentzingen (68108) merged into Illtal (68240) in 2021: a person born there in 1980 is coded either way.
        var decision = _sut.Compare(Person("WALTER", "ROSE", "1980-05-05", birthPlace: "68108"), Person("WALTER", "ROSE", "1980-05-05", birthPlace: "68240", source: "caf"));

        Assert.Contains(decision.Evidence, e => e is { Trait: Trait.BirthPlace, Agreement: Agreement.Exact });
    }
}
