using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hub.Api.Security;

/// <summary>
/// Normalises who the caller is: roles from a <c>roles</c> claim, and roles/organisation granted in
/// <c>Hub:Auth:Principals</c> to a client id, subject or e-mail (providers such as ProConnect carry no hub role).
/// Idempotent, because ASP.NET Core may run it more than once per request.
/// </summary>
internal sealed class HubClaimsTransformation(IOptionsMonitor<AuthOptions> options) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return Task.FromResult(principal);
        }

        foreach (var role in identity.FindAll(HubClaims.Roles).Select(c => c.Value).ToList())
        {
            AddOnce(identity, HubClaims.Role, role);
        }

        var grants = options.CurrentValue.Principals;
        foreach (var key in KeysOf(identity))
        {
            if (!grants.TryGetValue(key, out var grant))
            {
                continue;
            }

            foreach (var role in grant.Roles)
            {
                AddOnce(identity, HubClaims.Role, role);
            }

            if (grant.Organisation is not null && !identity.HasClaim(c => c.Type == HubClaims.Organisation))
            {
                identity.AddClaim(new Claim(HubClaims.Organisation, grant.Organisation));
            }
        }

        return Task.FromResult(principal);
    }

    private static IEnumerable<string> KeysOf(ClaimsIdentity identity) =>
        new[] { HubClaims.ClientId, HubClaims.AuthorizedParty, HubClaims.Subject, "email" }
            .Select(type => identity.FindFirst(type)?.Value)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    private static void AddOnce(ClaimsIdentity identity, string type, string value)
    {
        if (!identity.HasClaim(type, value))
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
