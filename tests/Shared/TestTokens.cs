using System.Net.Http.Headers;
using Hub.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Testing;

/// <summary>
/// Tokens from the hub's own dev issuer, minted on the hub's clock. Behaviour tests call as a caller holding every
/// role, so they stay about behaviour; who may call what is the policy matrix tests' business.
/// </summary>
public static class TestTokens
{
    /// <summary>Long enough that tests moving the fake clock by days keep their token.</summary>
    public static readonly TimeSpan BehaviourTestLifetime = TimeSpan.FromDays(3650);

    public static string Mint(IServiceProvider hub, IReadOnlyCollection<string> roles, string subject = "test-caller", TimeSpan? lifetime = null, string? organisation = null) =>
        hub.GetRequiredService<DevTokenIssuer>().Mint(roles, subject, lifetime ?? BehaviourTestLifetime, organisation);

    public static void AuthorizeWithEveryRole(HttpClient client, IServiceProvider hub)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Mint(hub, HubRoles.All));
    }
}
