using Hub.Identity.Normalisation;

namespace Hub.Identity.Tests.Normalisation;

public sealed class SimilarityTests
{
    [Theory]
    [InlineData("LAURENT", "LORANT")]
    [InlineData("DUBOIS", "DUBOI")]
    [InlineData("GAUTHIER", "GAUTIER")]
    [InlineData("PHILIPPE", "FILIPE")]
    [InlineData("RENAUD", "RENAULT")]
    [InlineData("Lefèvre", "LEFEVRE")]
    [InlineData("SCHMITT", "CHMIT")]
    [InlineData("GUERIN", "GUERRIN")]
    [InlineData("MEYER", "MAYER")]
    public void Encode_SameSound_GivesTheSameKey(string a, string b)
    {
        Assert.Equal(FrenchPhonetic.Encode(a), FrenchPhonetic.Encode(b));
    }

    [Theory]
    [InlineData("MARTIN", "MARTINE")]
    [InlineData("LUCAS", "HUGO")]
    [InlineData("DURAND", "DUPONT")]
    [InlineData("ANNE", "ANDRE")]
    [InlineData("GUERIN", "GERIN")]
    public void Encode_DifferentNames_GiveDifferentKeys(string a, string b)
    {
        Assert.NotEqual(FrenchPhonetic.Encode(a), FrenchPhonetic.Encode(b));
    }

    [Fact]
    public void Hash_NoName_IsZero()
    {
        Assert.Equal(0UL, FrenchPhonetic.Hash(null));
        Assert.NotEqual(0UL, FrenchPhonetic.Hash("MARTIN"));
    }

    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("MARTIN", "MARTIN", 1.0)]
    [InlineData("MARTIN", "", 0.0)]
    public void Similarity_ClassicPairs_GiveTheKnownValues(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
    }

    [Theory]
    [InlineData("LEA", "LFA", true)]
    [InlineData("JAMAN", "JMAN", true)]
    [InlineData("MICHEL", "MCIHEL", true)]
    [InlineData("MARTIN", "MARTTIN", true)]
    [InlineData("MARTIN", "MARTIN", true)]
    [InlineData("LUCAS", "LUCIEN", false)]
    [InlineData("ANNE", "ANDRE", false)]
    public void AtMostOne_KeyingErrors_AreOneEditApart(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.AtMostOne(a, b));
    }
}
