using System.Net;
using Hub.Connectors.ApiParticulier;

namespace Hub.Connectors.Tests.ApiParticulier;

public sealed class RateLimitInfoTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1772613900);

    [Theory]
    [InlineData("1772614800", 900)]
    [InlineData("42", 42)]
    public void From_ResetAsUnixTimeOrDelay_GivesTheSameKindOfInstant(string reset, int secondsFromNow)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("RateLimit-Limit", "50");
        response.Headers.Add("RateLimit-Remaining", "0");
        response.Headers.Add("RateLimit-Reset", reset);

        var sut = RateLimitInfo.From(response.Headers, Now)!;

        Assert.Equal(new RateLimitInfo(50, 0, Now.AddSeconds(secondsFromNow)), sut);
        Assert.True(sut.IsExhausted(Now));
        Assert.False(sut.IsExhausted(Now.AddSeconds(secondsFromNow)));
    }

    [Fact]
    public void From_NoHeaders_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        Assert.Null(RateLimitInfo.From(response.Headers, Now));
    }
}
