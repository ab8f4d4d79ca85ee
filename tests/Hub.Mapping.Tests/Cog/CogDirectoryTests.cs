using Hub.Canonical.Model;
using Hub.Mapping.Cog;

namespace Hub.Mapping.Tests.Cog;

public sealed class CogDirectoryTests
{
    private readonly CogDirectory _sut = CogDirectory.Default;

    [Theory]
    [InlineData("68224", "Mulhouse")]
    [InlineData("68066", "Colmar")]
    [InlineData("68297", "Saint-Louis")]
    [InlineData("68240", "Illtal")]
    [InlineData("2A004", "Ajaccio")]
    public void CommuneName_CurrentCommune_IsItsOfficialName(string code, string name)
    {
        Assert.True(_sut.IsKnownCommune(code));
        Assert.Equal(name, _sut.CommuneName(code));
    }

    [Theory]
    [InlineData("68108", "68240")]
    [InlineData("68133", "68240")]
    [InlineData("68070", "68056")]
    [InlineData("14513", "50592")]
    [InlineData("01168", "69278")]
    [InlineData("68224", "68224")]
    public void CurrentCode_MergedOrRenumberedCommune_FollowsToTodaysCommune(string code, string today)
    {
        Assert.Equal(today, _sut.CurrentCode(code));
    }

    [Fact]
    public void CommuneName_FormerCommune_IsItsLastName()
    {
        Assert.False(_sut.IsKnownCommune("68108"));
        Assert.Equal("Grentzingen", _sut.CommuneName("68108"));
        Assert.Equal("Didenheim", _sut.CommuneName("68070"));
    }

    [Fact]
    public void CodeAt_MergedCommuneBeforeItsMerger_IsItsOwnCode()
    {
        Assert.Equal("68108", _sut.CodeAt("68108", new DateOnly(1990, 7, 23)));
        Assert.Equal("68240", _sut.CodeAt("68108", new DateOnly(2022, 1, 1)));
        Assert.Equal("68240", _sut.CodeAt("68240", new FhirDate(1990)));
    }

    [Fact]
    public void CodeAt_RenumberedCommuneBeforeTheChange_IsTheOldCode()
    {
        // Genay moved from the Ain to the Rhône on 31 December 1967.
        Assert.Equal("01168", _sut.CodeAt("69278", new DateOnly(1960, 6, 1)));
        Assert.Equal("69278", _sut.CodeAt("69278", new DateOnly(1990, 6, 1)));
    }

    [Theory]
    [InlineData("Mulhouse", "68", "68224")]
    [InlineData("MULHOUSE", null, "68224")]
    [InlineData("St Louis", "68", "68297")]
    [InlineData("saint-louis", "68", "68297")]
    [InlineData("Wantzenau", "67", "67519")]
    [InlineData("Grentzingen", "68", "68240")]
    [InlineData("Brunstatt", "68", "68056")]
    public void FindByName_NameAsPartnersTypeIt_GivesTodaysCode(string name, string? departement, string code)
    {
        Assert.Equal(code, _sut.FindByName(name, departement));
    }

    [Fact]
    public void FindByName_NameOfSeveralCommunes_RefusesToGuess()
    {
        Assert.Null(_sut.FindByName("Saint-Louis"));
        Assert.True(_sut.FindAllByName("Saint-Louis").Count > 1);
        Assert.Null(_sut.FindByName("Nulle-Part-sur-Rien", "68"));
    }

    [Theory]
    [InlineData("99100", "France")]
    [InlineData("99352", "Algérie")]
    [InlineData("99243", "Vietnam")]
    public void CountryName_99Code_IsTheCountry(string code, string name)
    {
        Assert.True(CogDirectory.IsCountryCode(code));
        Assert.True(_sut.IsKnownCountry(code));
        Assert.Equal(name, _sut.CountryName(code));
        Assert.Equal(name, _sut.PlaceName(code));
    }

    [Fact]
    public void Lookups_UnknownCodes_AreNullNotErrors()
    {
        Assert.False(_sut.IsKnownCommune("00000"));
        Assert.Null(_sut.CurrentCode("00000"));
        Assert.Null(_sut.CodeAt("00000", new DateOnly(2000, 1, 1)));
        Assert.Null(_sut.CountryName("99999"));
        Assert.Null(_sut.CommuneName(null));
    }
}
