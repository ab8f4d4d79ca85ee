using System.ComponentModel.DataAnnotations;

namespace Hub.Api.Security;

/// <summary>
/// Configuration section <c>Hub:Auth</c>. Without <see cref="Authority"/> the hub trusts only its local dev issuer
/// (tokens from <c>dotnet run --project src/Hub.Api -- token --role admin</c>); with it, only that OpenID Connect
/// provider (ProConnect or any compliant one) and the dev issuer is off.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Hub:Auth";

    /// <summary>Issuer URL of the external OpenID Connect provider; its discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience (<c>aud</c>) access tokens must be issued for.</summary>
    [Required]
    public string Audience { get; set; } = "lda-hub";

    /// <summary>Metadata over plain HTTP is refused unless this is turned off (tests against a loopback provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference with the provider.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Console login (authorization code + PKCE) against <see cref="Authority"/>.</summary>
    public ConsoleLoginOptions Console { get; set; } = new();

    /// <summary>
    /// Roles and organisation granted to a client (client credentials: <c>client_id</c>/<c>azp</c>) or a person
    /// (<c>sub</c> or <c>email</c>), for providers that do not put hub roles in their tokens (ProConnect does not).
    /// Key: the client id, the subject, or the e-mail address.
    /// </summary>
    public Dictionary<string, PrincipalGrant> Principals { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The organisation a role speaks for when its token has no <c>org</c> claim: the LDA coordinator works for the
    /// city (consents name <c>ville-mulhouse</c>). Used to decide which sources a viewer may see.
    /// </summary>
    public Dictionary<string, string> RoleOrganisations { get; set; } = new(StringComparer.Ordinal) { [HubRoles.Coordinator] = "ville-mulhouse" };

    /// <summary>Lifetime of tokens the dev issuer mints when the command does not say <c>--ttl</c>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public bool UsesDevIssuer => string.IsNullOrWhiteSpace(Authority);
}

public sealed class ConsoleLoginOptions
{
    /// <summary>The console's client id at the provider; empty disables the login flow.</summary>
    public string? ClientId { get; set; }

    /// <summary>Confidential clients only; from the environment or user-secrets, never from appsettings.json.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Scopes asked at login; empty means <see cref="DefaultScopes"/>. Not initialised with the defaults: configuration
    /// binding appends to a list it finds filled, so ProConnect's own scopes could never replace <c>profile</c>.
    /// </summary>
    public List<string> Scopes { get; set; } = [];

    public static IReadOnlyList<string> DefaultScopes { get; } = ["openid", "profile", "email"];

    /// <summary>The configured scopes, or the defaults; <c>openid</c> always first (an OpenID Connect login needs it).</summary>
    public IReadOnlyList<string> EffectiveScopes =>
        Scopes.Count == 0 ? DefaultScopes : ["openid", .. Scopes.Where(s => !string.Equals(s, "openid", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId);
}

public sealed class PrincipalGrant
{
    public List<string> Roles { get; set; } = [];

    /// <summary>Organisation code (organisation-partenaire) used for consent checks on what this principal sees.</summary>
    public string? Organisation { get; set; }
}
