using System.Security.Claims;

namespace Hub.Api.Security.Hardening;

/// <summary>Who a request counts against: the token's client (client credentials), else its subject, else the remote IP.</summary>
internal static class ClientPartition
{
    public static string Of(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var client = Claim(user, HubClaims.ClientId) ?? Claim(user, HubClaims.AuthorizedParty);
            if (client is not null)
            {
                return "client:" + client;
            }

            if (Claim(user, HubClaims.Subject) is { } subject)
            {
                return "sub:" + subject;
            }
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static string? Claim(ClaimsPrincipal user, string type) =>
        user.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
}
