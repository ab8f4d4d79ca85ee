using Hub.Identity.Normalisation;

namespace Hub.Identity.Tests.Normalisation;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1984-05-17", 1984, 5, 17)]
    [InlineData("17/05/1984", 1984, 5, 17)]
    [InlineData("1984-05-00", 1984, 5, 0)]
    [InlineData("00/00/1984", 1984, 0, 0)]
    [InlineData("1984-05", 1984, 5, 0)]
    [InlineData("1984", 1984, 0, 0)]
    [InlineData("1984-13-40", 1984, 0, 0)]
    [InlineData("1984-02-30", 1984, 2, 0)]
    [InlineData("not a date", 0, 0, 0)]
    [InlineData("", 0, 0, 0)]
    public void Parse_FullPartialAndBrokenForms_KeepOnlyWhatIsKnown(string text, int year, int month, int day)
    {
        Assert.Equal(new PartialDate(year, month, day), PartialDate.Parse(text));
    }

    [Fact]
    public void IsConventional_ThirtyFirstOfDecemberOrFirstOfJanuary_IsTrue()
    {
        Assert.True(new PartialDate(1970, 12, 31).IsConventional);
        Assert.True(new PartialDate(1970, 1, 1).IsConventional);
        Assert.False(new PartialDate(1970, 6, 1).IsConventional);
    }

    [Fact]
    public void Transposed_DayAndMonthUpToTwelve_ExchangesThem()
    {
        Assert.Equal(new PartialDate(1980, 7, 3), new PartialDate(1980, 3, 7).Transposed);
        Assert.Null(new PartialDate(1980, 3, 17).Transposed);
        Assert.Null(new PartialDate(1980, 3, 0).Transposed);
    }

    [Fact]
    public void Packed_RoundTrips()
    {
        var sut = new PartialDate(1984, 5, 0);

        Assert.Equal(19840500, sut.Packed);
        Assert.Equal(sut, PartialDate.FromPacked(sut.Packed));
    }
}
