using System.Globalization;
using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;
using Hub.Simulators.Referral;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.ApiParticulier;

/// <summary>
/// CAF or CPAM: the API Particulier v3 routes the hub reads rights from (Bearer token, API Particulier error bodies,
/// RateLimit-Reset as a timestamp) and the saisine receiver of the referral contract (HMAC, problem+json).
/// </summary>
public abstract class OrganisationSimulator : SimulatorHost
{
    private protected OrganisationSimulator(
        SimulatedSystem system, HouseholdGenerator generator, IReadOnlyList<string> apiEndpoints, IReadOnlyDictionary<string, string> keys, string[] rights, string[] referents, string idPrefix)
        : base(system, generator)
    {
        ApiEndpoints = apiEndpoints;
        Index = new IdentityIndex(generator);
        Receiver = new ReferralReceiver(this, system == SimulatedSystem.Caf ? "CAF" : "CPAM", keys, rights, referents, idPrefix);
    }

    /// <summary>The /v3/dss/{name}/identite routes served.</summary>
    public IReadOnlyList<string> ApiEndpoints { get; }

    /// <summary>Identifiers of the named referents the receiver knows (referentDestinataire.idReferent).</summary>
    public IReadOnlyList<string> Referents => Receiver.Referents;

    internal ReferralReceiver Receiver { get; }

    private IdentityIndex Index { get; }

    /// <summary>Signs and sends a <c>saisine-statut</c> to the hub, as the organisation publishes status changes.</summary>
    public Task<HttpResponseMessage> PublishStatusAsync(HttpClient client, Uri inboundUrl, string keyId, string secret, string statusJson, CancellationToken cancellationToken = default) =>
        ReferralEndpoints.PublishAsync(client, inboundUrl, keyId, secret, statusJson, Options.TimeProvider, cancellationToken);

    private protected override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapApiParticulier(this, ApiEndpoints, Index);
        routes.MapReferral(Receiver);
    }

    private protected override async Task<bool> AuthorizeAsync(HttpContext context)
    {
        if (!IsApiParticulier(context))
        {
            return true; // saisines are authenticated by their HMAC signature
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7)
        {
            return true;
        }

        await ApiParticulierEndpoints.WriteFaultAsync(context, 401);
        return false;
    }

    private protected override Task WriteErrorAsync(HttpContext context, int status) =>
        IsApiParticulier(context) ? ApiParticulierEndpoints.WriteFaultAsync(context, status) : base.WriteErrorAsync(context, status);

    private protected override void WriteRateHeaders(HttpContext context, int remaining, DateTimeOffset reset)
    {
        base.WriteRateHeaders(context, remaining, reset);
        if (IsApiParticulier(context))
        {
            // API Particulier gives the end of the window as a Unix timestamp, not a number of seconds.
            context.Response.Headers["RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }
    }

    private static bool IsApiParticulier(HttpContext context) => context.Request.Path.StartsWithSegments("/v3", StringComparison.Ordinal);
}
