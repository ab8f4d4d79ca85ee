namespace Hub.Api.Security;

/// <summary>
/// Claim names as they travel in the JWT (inbound claim mapping is off, so <c>sub</c> stays <c>sub</c>, not a SOAP URI).
/// </summary>
public static class HubClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>Several providers (Keycloak, Entra, some ProConnect set-ups) send a <c>roles</c> array instead.</summary>
    public const string Roles = "roles";

    public const string ClientId = "client_id";
    public const string AuthorizedParty = "azp";

    /// <summary>The viewer's organisation (code system organisation-partenaire): consent is granted per organisation.</summary>
    public const string Organisation = "org";
}
