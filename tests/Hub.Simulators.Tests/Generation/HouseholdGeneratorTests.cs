using System.Text.Json;
using Hub.Simulators.Generation;

namespace Hub.Simulators.Tests.Generation;

public sealed class HouseholdGeneratorTests
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    [Fact]
    public void Household_SameSeed_SameRecordInAnyOrder()
    {
        var sut = new HouseholdGenerator(new SimulatorOptions { Seed = 7 });
        var other = new HouseholdGenerator(new SimulatorOptions { Seed = 7 });
        var forward = Enumerable.Range(0, 200).Select(i => Serialize(sut.Household(i))).ToList();
        var backward = Enumerable.Range(0, 200).Reverse().Select(i => Serialize(other.Household(i))).Reverse().ToList();

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Household_OtherSeed_OtherPeople()
    {
        var sut = new HouseholdGenerator(new SimulatorOptions { Seed = 1 });
        var other = new HouseholdGenerator(new SimulatorOptions { Seed = 2 });

        var same = Enumerable.Range(0, 100).Count(i => sut.Household(i).Applicant.Nir == other.Household(i).Applicant.Nir);

        Assert.True(same < 3, $"{same} identical applicants");
    }

    [Fact]
    public void Household_Population_HasValidNirsAndRealisticTraits()
    {
        var sut = new HouseholdGenerator(new SimulatorOptions { Seed = 42 });
        var people = Enumerable.Range(0, 3000).SelectMany(i => sut.Household(i).Members).ToList();

        Assert.All(people.Where(p => p.Nir.Length == 15), p => Assert.True(Nir.IsValid(p.Nir), p.Nir));
        Assert.All(people.Where(p => p.Nir.Length == 15), p => Assert.Equal((int)p.Sex, p.Nir[0] - '0'));
        Assert.All(sut.Household(0).Members, p => Assert.InRange(p.FirstNames.Count, 1, 3));
        Assert.InRange(people.Max(p => sut.Household(p.Key.Household).Members.Count), 4, 6);
        Assert.Contains(people, p => p.BirthPlace.CountryCode != "99100" && p.Nir.Substring(5, 2) == "99");
        Assert.Contains(people, p => p.Nir.Length == 13 && p.Nir[0] is '7' or '8');
        Assert.Contains(people, p => p.SiaoDatePrecision != DatePrecision.Day);
        Assert.Contains(people, p => p.UsageName is not null && p.Sex == Sex.Female);
        Assert.Contains(people, p => p.FirstNames.Any(n => n.Any(c => c > 127)));
        Assert.Contains(people, p => p.BirthPlace.CommuneCode is ['6', '8', ..]);
    }

    [Theory]
    [InlineData("2840588321025", 32)]
    [InlineData("2550814168025", 38)]
    [InlineData("284052A321025", 52)]
    [InlineData("284052B321025", 79)]
    [InlineData("284202B321025", 28)]
    public void Key_ReferenceVectors_MatchNotes(string nir13, int expected)
    {
        Assert.Equal(expected, Nir.Key(nir13));
    }

    [Fact]
    public void TruthOf_SolisIndividu_LinksBackToTheSiaoPerson()
    {
        var sut = new HouseholdGenerator(new SimulatorOptions { Seed = 42 });
        var dossier = Enumerable.Range(0, 100).First(d => sut.SharedWithSolis(d));

        var key = sut.TruthOf(HouseholdGenerator.IndividuId(dossier, 0));

        Assert.Equal(new PersonKey(dossier, 0), key);
        Assert.Equal(key, sut.TruthOf(HouseholdGenerator.SiaoPersonId(key!.Value)));
    }

    [Fact]
    public void Household_Dates_NeverAfterReferenceDate()
    {
        var sut = new HouseholdGenerator(new SimulatorOptions { Seed = 3 });
        for (var i = 0; i < 2000; i++)
        {
            var h = sut.Household(i);
            var dates = h.Orientations.SelectMany(o => new[] { o.Date, o.DecisionDate, o.EntryDate, o.ExitDate })
                .Append(h.Demande.Date).Append(h.Demande.ClosedOn).OfType<DateOnly>();
            Assert.All(dates, d => Assert.True(d <= sut.ReferenceDate, $"household {i}: {d}"));
            Assert.All(h.Orientations.Where(o => o.EntryDate is not null), o => Assert.True(o.EntryDate >= o.DecisionDate));
        }
    }

    private static string Serialize(SyntheticHousehold household) => JsonSerializer.Serialize(household, Options);
}
