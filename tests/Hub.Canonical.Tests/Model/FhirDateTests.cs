using System.Text.RegularExpressions;
using Hub.Canonical.Model;

namespace Hub.Canonical.Tests.Model;

public sealed class FhirDateTests
{
    [Theory]
    [InlineData("1985", 1985, null, null, FhirDatePrecision.Year)]
    [InlineData("1985-03", 1985, 3, null, FhirDatePrecision.Month)]
    [InlineData("1985-03-14", 1985, 3, 14, FhirDatePrecision.Day)]
    [InlineData("2024-02-29", 2024, 2, 29, FhirDatePrecision.Day)]
    public void Parse_ValidText_KeepsKnownComponentsAndRoundTrips(string text, int year, int? month, int? day, FhirDatePrecision precision)
    {
        var sut = FhirDate.Parse(text);

        Assert.Equal((year, month, day, precision), (sut.Year, sut.Month, sut.Day, sut.Precision));
        Assert.Equal(text, sut.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("85")]
    [InlineData("0985")]
    [InlineData("1985-3")]
    [InlineData("1985-13")]
    [InlineData("1985-00")]
    [InlineData("1985-03-32")]
    [InlineData("1985/03/14")]
    [InlineData("1985-03-14T10:00:00Z")]
    [InlineData("１９８５")]
    public void TryParse_InvalidText_ReturnsFalseLikeTheSchemaPattern(string text)
    {
        var parsed = FhirDate.TryParse(text, out _);

        Assert.False(parsed);
        Assert.DoesNotMatch(new Regex(FhirDate.Pattern), text);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    public void TryParse_ImpossibleDayThePatternAccepts_ReturnsFalse(string text)
    {
        var parsed = FhirDate.TryParse(text, out _);

        Assert.False(parsed);
        Assert.Matches(new Regex(FhirDate.Pattern), text);
    }

    [Theory]
    [InlineData("1985", "1985-03-14", true)]
    [InlineData("1985-03", "1985-03-14", true)]
    [InlineData("1985-03-14", "1985-03-14", true)]
    [InlineData("1985-03", "1985-04-01", false)]
    [InlineData("1985-03-14", "1985-03-15", false)]
    [InlineData("1985", "1986", false)]
    public void IsCompatibleWith_TwoDates_ComparesOnlyKnownComponents(string left, string right, bool expected)
    {
        var sut = FhirDate.Parse(left);

        Assert.Equal(expected, sut.IsCompatibleWith(FhirDate.Parse(right)));
        Assert.Equal(expected, FhirDate.Parse(right).IsCompatibleWith(sut));
    }

    [Theory]
    [InlineData("1985", "1985-01-01", "1985-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-02-10", "2024-02-10", "2024-02-10")]
    public void StartEnd_PartialDate_BoundTheDaysItMayDenote(string text, string start, string end)
    {
        var sut = FhirDate.Parse(text);

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (sut.Start, sut.End));
    }

    [Fact]
    public void ToDateOnly_PartialDate_ReturnsNull()
    {
        var sut = FhirDate.Parse("1985-03");

        Assert.Null(sut.ToDateOnly());
        Assert.Equal(new DateOnly(1985, 3, 14), FhirDate.Parse("1985-03-14").ToDateOnly());
    }

    [Fact]
    public void Constructor_DayWithoutMonth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FhirDate(1985, null, 14));
    }
}
