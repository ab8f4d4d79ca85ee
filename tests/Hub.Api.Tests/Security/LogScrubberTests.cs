using Hub.Api.Security.Logging;

namespace Hub.Api.Tests.Security;

/// <summary>The last line of defence: NIR shapes and URL query strings, whatever message carries them.</summary>
public sealed class LogScrubberTests
{
    [Theory]
    [InlineData("NIR 184036822412345 refused", "NIR [NIR] refused")]
    [InlineData("key-less 1840368224123 here", "key-less [NIR] here")]
    [InlineData("Corsica 284032A12345678.", "Corsica [NIR].")]
    [InlineData("spaced 1 84 03 68 224 123 45 end", "spaced [NIR] end")]
    [InlineData("NIA 784039912345612", "NIA [NIR]")]
    [InlineData("encoded identifier=urn%3Aoid%7C184036822412345", "encoded identifier=urn%3Aoid%7C[NIR]")]
    public void Scrub_NirShapedNumber_Masked(string text, string expected)
    {
        Assert.Equal(expected, LogScrubber.Scrub(text));
    }

    [Theory]
    [InlineData("trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7")]
    [InlineData("elapsed 1840368224123456789 ticks")]
    [InlineData("run 0193f1c2a7b84cd1 wrote 25 records in 12 ms")]
    public void Scrub_OtherNumbersAndHex_Untouched(string text)
    {
        Assert.Same(text, LogScrubber.Scrub(text));
    }

    [Theory]
    [InlineData("GET https://particulier.api.gouv.fr/v3/dss/quotient_familial/identite?nomNaissance=MARTIN&prenoms%5B%5D=Claire failed",
        "GET https://particulier.api.gouv.fr/v3/dss/quotient_familial/identite?* failed")]
    [InlineData("Request starting GET /api/Person?birthName=MARTIN - 200", "Request starting GET /api/Person?* - 200")]
    public void Scrub_UrlWithQuery_QueryMasked(string text, string expected)
    {
        Assert.Equal(expected, LogScrubber.Scrub(text));
    }

    [Fact]
    public void Scrub_QuestionInProse_Untouched()
    {
        const string text = "Is the connector paused? No.";

        Assert.Equal(text, LogScrubber.Scrub(text));
    }
}
