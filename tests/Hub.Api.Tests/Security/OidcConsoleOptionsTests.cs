using Hub.Api.Security;
using Microsoft.Extensions.Configuration;

namespace Hub.Api.Tests.Security;

/// <summary>Issue 6: the console's login asks the scopes the authority names (ProConnect has its own, no <c>profile</c>).</summary>
public sealed class OidcConsoleOptionsTests
{
    [Fact]
    public void EffectiveScopes_NoneConfigured_AsksOpenidProfileEmail()
    {
        var sut = Bind();

        Assert.Equal(["openid", "profile", "email"], sut.Console.EffectiveScopes);
    }

    [Fact]
    public void EffectiveScopes_ProConnectScopesConfigured_ReplaceTheDefaults()
    {
        var sut = Bind("openid", "email", "usual_name");

        Assert.Equal(["openid", "email", "usual_name"], sut.Console.EffectiveScopes);
    }

    [Fact]
    public void EffectiveScopes_OpenidLeftOut_IsAskedAnyway()
    {
        var sut = Bind("email");

        Assert.Equal(["openid", "email"], sut.Console.EffectiveScopes);
    }

    /// <summary>Binds <c>Hub:Auth</c> the way the hub does, with <c>Hub:Auth:Console:Scopes:{i}</c> as configured.</summary>
    private static AuthOptions Bind(params string[] scopes) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(scopes.Select((scope, i) => KeyValuePair.Create($"Hub:Auth:Console:Scopes:{i}", (string?)scope)))
            .Build().GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
}
