using System.Text.RegularExpressions;
using Hub.Canonical.Model;

namespace Hub.Canonical.Tests.Model;

public sealed class FhirDateTimeTests
{
    [Theory]
    [InlineData("2024")]
    [InlineData("2024-03")]
    [InlineData("2024-03-18")]
    [InlineData("2024-03-18T09:30:00Z")]
    [InlineData("2024-03-18T09:30:00+00:00")]
    [InlineData("2024-03-18T09:30:00.500+01:00")]
    [InlineData("2024-03-18T09:30:00.123456789-05:30")]
    [InlineData("2024-03-18T23:59:59+14:00")]
    public void Parse_ValidText_KeepsTheTextExactly(string text)
    {
        var sut = FhirDateTime.Parse(text);

        Assert.Equal(text, sut.ToString());
        Assert.Matches(new Regex(FhirDateTime.Pattern), text);
    }

    [Theory]
    [InlineData("2024-03-18T09:30:00")]
    [InlineData("2024-03-18T09:30Z")]
    [InlineData("2024-03-18 09:30:00Z")]
    [InlineData("2024-03-18T24:00:00Z")]
    [InlineData("2024-03-18T09:30:60Z")]
    [InlineData("2024-03-18T09:30:00+15:00")]
    [InlineData("2024-03-18T09:30:00.1234567890Z")]
    [InlineData("2024-3-18")]
    public void TryParse_InvalidText_ReturnsFalseLikeTheSchemaPattern(string text)
    {
        var parsed = FhirDateTime.TryParse(text, out _);

        Assert.False(parsed);
        Assert.DoesNotMatch(new Regex(FhirDateTime.Pattern), text);
    }

    [Fact]
    public void Parse_DateTimeWithOffset_ExposesInstantAndDate()
    {
        var sut = FhirDateTime.Parse("2024-03-18T09:30:00.5+01:00");

        Assert.True(sut.HasTime);
        Assert.Equal(new DateTimeOffset(2024, 3, 18, 8, 30, 0, 500, TimeSpan.Zero), sut.Instant);
        Assert.Equal(new FhirDate(2024, 3, 18), sut.Date);
    }

    [Fact]
    public void Parse_PartialDate_HasNoInstant()
    {
        var sut = FhirDateTime.Parse("2024-03");

        Assert.False(sut.HasTime);
        Assert.Null(sut.Instant);
        Assert.Equal(new FhirDate(2024, 3), sut.Date);
    }

    [Theory]
    [InlineData(0, 0, "2024-03-18T09:30:00Z")]
    [InlineData(120, 0, "2024-03-18T09:30:00+02:00")]
    [InlineData(0, 250, "2024-03-18T09:30:00.25Z")]
    public void FromInstant_Value_WritesShortestExactText(int offsetMinutes, int milliseconds, string expected)
    {
        var instant = new DateTimeOffset(2024, 3, 18, 9, 30, 0, milliseconds, TimeSpan.FromMinutes(offsetMinutes));

        var sut = FhirDateTime.FromInstant(instant);

        Assert.Equal(expected, sut.ToString());
        Assert.Equal(instant, FhirDateTime.Parse(sut.ToString()).Instant);
        Assert.Matches(new Regex(FhirDateTime.InstantPattern), sut.ToString());
    }

    [Fact]
    public void ImplicitConversion_FromFhirDate_IsDateOnly()
    {
        FhirDateTime sut = new FhirDate(1985, 3);

        Assert.Equal("1985-03", sut.ToString());
        Assert.False(sut.HasTime);
    }
}
