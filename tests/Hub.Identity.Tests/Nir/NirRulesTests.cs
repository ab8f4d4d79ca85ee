using System.Globalization;
using Hub.Identity.Nir;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Tests.Nir;

/// <summary>Synthetic NIRs only (the shared reference vectors and invented ones).</summary>
public sealed class NirRulesTests
{
    public static TheoryData<string, bool, string, string> Vectors()
    {
        var data = new TheoryData<string, bool, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "NirVectors", "nir-test-vectors.csv");
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            data.Add(cells[0], bool.Parse(cells[1]), cells[2], cells[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void CheckNir_ReferenceVector_GivesTheExpectedVerdictErrorAndKey(string input, bool valid, string error, string key)
    {
        var sut = NirRules.CheckNir(input);

        Assert.Equal(valid, sut.IsUsable);
        Assert.Equal(error.Length == 0 ? null : error, sut.Error);
        if (key.Length > 0)
        {
            var first13 = input.Replace(" ", string.Empty, StringComparison.Ordinal)[..13];
            Assert.Equal(int.Parse(key, CultureInfo.InvariantCulture), Hub.Mapping.Cog.Nir.KeyValue(first13));
        }
    }

    [Fact]
    public void Check_ThirteenCharacters_GetsTheFifteenCharacterValueWithItsKey()
    {
        var sut = NirRules.Check("2840588321025");

        Assert.Equal(NirKind.Nir, sut.Kind);
        Assert.Equal("284058832102532", sut.Value);
        Assert.Equal("2840588321025", sut.First13);
    }

    [Fact]
    public void Check_NiaStartingWith8_IsANiaNotANir()
    {
        var sut = NirRules.Check("8 84 05 88 321 025 23");

        Assert.Equal(NirKind.Nia, sut.Kind);
        Assert.Equal(NirErrors.Invalid, NirRules.CheckNir("8 84 05 88 321 025 23").Error);
    }

    [Theory]
    [InlineData("1 84 05 12 2A1 025")]
    [InlineData("1 84 05 12 321 2B5")]
    [InlineData("7 84 05 2A 321 025")]
    public void Check_CorsicaOutsideTheDepartementPositions_IsInvalid(string input)
    {
        Assert.Equal(NirErrors.Invalid, NirRules.Check(input).Error);
    }

    [Theory]
    [InlineData("1 84 00 68 224 025")]
    [InlineData("1 84 13 68 224 025")]
    [InlineData("3 84 05 68 224 025")]
    public void Check_ImpossibleMonthOrSex_IsInvalid(string input)
    {
        Assert.Equal(NirErrors.Invalid, NirRules.CheckNir(input).Error);
    }

    [Fact]
    public void Pack_CorsicanNir_NeverCollidesWithTheSameDigitsOnTheMainland()
    {
        Assert.NotEqual(NirRules.Pack("184052A321025"), NirRules.Pack("1840519321025"));
        Assert.NotEqual(NirRules.Pack("184052B321025"), NirRules.Pack("1840518321025"));
    }

    [Fact]
    public void AgreesWithTraits_ParentsNirOnAChild_IsFalse()
    {
        var fatherNir = NirRules.Check("1 84 05 68 224 025");

        Assert.True(NirRules.AgreesWithTraits(fatherNir, Sex.Male, new PartialDate(1984, 5, 17)));
        Assert.False(NirRules.AgreesWithTraits(fatherNir, Sex.Female, new PartialDate(2012, 3, 2)));
        Assert.False(NirRules.AgreesWithTraits(fatherNir, Sex.Male, new PartialDate(1984, 6, 17)));
    }

    [Fact]
    public void AgreesWithTraits_ConventionalDateOrUnknownMonth_ChecksTheYearOnly()
    {
        Assert.True(NirRules.AgreesWithTraits(NirRules.Check("1 84 05 68 224 025"), Sex.Male, new PartialDate(1984, 12, 31)));
        Assert.True(NirRules.AgreesWithTraits(NirRules.Check("1 84 20 2B 321 025"), Sex.Male, new PartialDate(1984, 7, 1)));
    }
}
