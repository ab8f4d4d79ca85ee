using Hub.Identity.Normalisation;

namespace Hub.Identity.Tests.Normalisation;

public sealed class FrenchNamesTests
{
    [Theory]
    [InlineData("Lefèvre", "LEFEVRE")]
    [InlineData("  GÉRARD  ", "GERARD")]
    [InlineData("Cœur", "COEUR")]
    [InlineData("Hæckel", "HAECKEL")]
    [InlineData("d'Almeida", "D ALMEIDA")]
    [InlineData("N’Diaye", "N DIAYE")]
    [InlineData("Martin--Dupont", "MARTIN DUPONT")]
    [InlineData("françois", "FRANCOIS")]
    public void Fold_FrenchText_IsUpperAsciiWithSingleSpaces(string input, string expected)
    {
        Assert.Equal(expected, FrenchText.Fold(input));
    }

    [Theory]
    [InlineData("de La Fontaine")]
    [InlineData("DELAFONTAINE")]
    [InlineData("De-la-Fontaine")]
    [InlineData("de la fontaine")]
    public void Normalise_ParticlesWrittenAnyWay_GiveOneFullForm(string input)
    {
        Assert.Equal("DELAFONTAINE", FrenchNames.Normalise(input).Full);
    }

    [Fact]
    public void Normalise_Particles_AreDroppedFromTheCore()
    {
        Assert.Equal("FONTAINE", FrenchNames.Normalise("de La Fontaine").Core);
        Assert.Equal("GALL", FrenchNames.Normalise("Le Gall").Core);
        Assert.Equal("LE", FrenchNames.Normalise("Le").Core);
    }

    [Fact]
    public void Normalise_CompoundName_KeepsItsParts()
    {
        var sut = FrenchNames.Normalise("Martin-Dupont");

        Assert.Equal("MARTINDUPONT", sut.Full);
        Assert.Equal(["MARTIN", "DUPONT"], sut.Parts);
    }

    [Theory]
    [InlineData("DUPONT EPOUSE MARTIN", "DUPONT", "MARTIN")]
    [InlineData("Dupont ép. Martin", "DUPONT", "MARTIN")]
    [InlineData("DUPONT VEUVE MARTIN", "DUPONT", "MARTIN")]
    [InlineData("MARTIN NÉE DUPONT", "DUPONT", "MARTIN")]
    [InlineData("VVE MARTIN", "", "MARTIN")]
    [InlineData("DUPONT", "DUPONT", "")]
    public void SplitMarital_MaritalForms_GiveBirthAndUsageNames(string input, string birth, string usage)
    {
        var sut = FrenchNames.SplitMarital(input);

        Assert.Equal(birth, sut.BirthName);
        Assert.Equal(usage, sut.UsageName);
    }

    [Fact]
    public void FirstNames_HyphenatedCompound_StaysOneName()
    {
        Assert.Equal(["JEANPIERRE", "LUC"], FrenchNames.FirstNames("Jean-Pierre, Luc"));
        Assert.Equal(["MARIE", "HELENE"], FrenchNames.FirstNames("Marie Hélène"));
        Assert.Empty(FrenchNames.FirstNames("  "));
    }
}
