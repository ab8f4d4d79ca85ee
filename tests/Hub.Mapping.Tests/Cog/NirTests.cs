using Hub.Canonical.Model;
using Hub.Mapping.Cog;

namespace Hub.Mapping.Tests.Cog;

/// <summary>Synthetic NIRs only (invented birth orders).</summary>
public sealed class NirTests
{
    [Fact]
    public void Normalize_ThirteenCharacters_GetsItsKey()
    {
        var sut = Nir.Normalize("1 79 12 99 352 011", out var problem);

        Assert.Null(problem);
        Assert.Equal(IdentifierSystems.Nir, sut!.System);
        Assert.Equal("179129935201102", sut.Value);
    }

    [Fact]
    public void Normalize_FifteenCharactersWithTheRightKey_IsKept()
    {
        Assert.Equal("286046822405738", Nir.Normalize("286046822405738", out _)!.Value);
    }

    [Fact]
    public void Normalize_WrongKey_IsDroppedWithAReason()
    {
        Assert.Null(Nir.Normalize("286046822405739", out var problem));
        Assert.Contains("key", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_NiaStartingWith7_UsesTheNiaSystem()
    {
        var sut = Nir.Normalize("7860499352011", out _);

        Assert.Equal(IdentifierSystems.Nia, sut!.System);
    }

    [Theory]
    [InlineData("286042A004057", "2860419004057")]
    [InlineData("175022B040012", "1750218040012")]
    public void Key_Corsica_ReadsTheDepartementAsDigits(string corsican, string digits)
    {
        Assert.Equal((97 - (long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Nir.Key(corsican));
    }

    [Fact]
    public void Normalize_NotANir_IsDropped()
    {
        Assert.Null(Nir.Normalize("ABC", out var problem));
        Assert.NotNull(problem);
        Assert.Null(Nir.Normalize("  ", out problem));
        Assert.Null(problem);
    }
}
