using System.Collections.Frozen;
namespace Hub.Api.Security;

/// <summary>
/// The declared policy table: every endpoint name → who may call it. The endpoints get their authorization from here
/// (<see cref="AccessPolicyConventions"/>), an endpoint missing from the table stops the hub at start, and the
/// policy matrix test checks every endpoint × role against this same table. docs/SECURITY.md prints it.
/// </summary>
public static class AccessPolicyTable
{
    public static readonly AccessRule Operations = AccessRule.Of("operations", HubRoles.Admin);

    /// <summary>Field conflicts show the disagreeing values: the people who resolve them.</summary>
    public static readonly AccessRule DataStewardship = AccessRule.Of("data-stewardship", HubRoles.Admin, HubRoles.Coordinator);

    /// <summary>Person-level records: the coordinator sees every LDA household, a referent only those they follow (filtered per record).</summary>
    public static readonly AccessRule CareRead = AccessRule.Of("care-read", HubRoles.Coordinator, HubRoles.Referent);

    /// <summary>Writes through the resource API: the coordinator (referents read; their writes come through their own system's sync).</summary>
    public static readonly AccessRule CareWrite = AccessRule.Of("care-write", HubRoles.Coordinator);

    /// <summary>Aggregates without person-level data.</summary>
    public static readonly AccessRule Aggregates = AccessRule.Of("aggregates", HubRoles.Observatory, HubRoles.Coordinator, HubRoles.Admin);

    public static IReadOnlyList<AccessRule> Rules { get; } =
        [AccessRule.Anonymous, AccessRule.AnyRole, AccessRule.OwnInbound, Operations, DataStewardship, CareRead, CareWrite, Aggregates];

    public static FrozenDictionary<string, AccessRule> Endpoints { get; } = Build().ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The resource API's operations, the same for every stored type (endpoint names <c>{Type}_{operation}</c>).</summary>
    public static FrozenDictionary<string, AccessRule> ResourceOperations { get; } = new Dictionary<string, AccessRule>(StringComparer.Ordinal)
    {
        ["search"] = CareRead,
        ["read"] = CareRead,
        ["history"] = CareRead,
        ["vread"] = CareRead,
        ["provenance"] = CareRead,
        ["create"] = CareWrite,
        ["update"] = CareWrite,
        ["delete"] = CareWrite,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Endpoint families a library maps without names (the Scalar reference page and its scripts), by route prefix.</summary>
    public static FrozenDictionary<string, AccessRule> UnnamedRoutePrefixes { get; } = new Dictionary<string, AccessRule>(StringComparer.Ordinal)
    {
        ["/scalar"] = AccessRule.Anonymous,

        // Razor components' framework endpoints (the console's redirects after a form post): no data, no action.
        ["/_framework"] = AccessRule.Anonymous,
        ["_framework"] = AccessRule.Anonymous,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static AccessRule? ForUnnamed(string? routePattern) =>
        routePattern is null ? null : UnnamedRoutePrefixes.FirstOrDefault(p => routePattern.StartsWith(p.Key, StringComparison.Ordinal)).Value;

    public static AccessRule? For(string endpointName)
    {
        ArgumentNullException.ThrowIfNull(endpointName);
        if (Endpoints.TryGetValue(endpointName, out var rule))
        {
            return rule;
        }

        // Resource types start with a capital (FHIR style); feature endpoints are lower-case, so they cannot collide.
        var split = endpointName.LastIndexOf('_');
        return split > 0 && char.IsUpper(endpointName[0]) ? ResourceOperations.GetValueOrDefault(endpointName[(split + 1)..]) : null;
    }

    private static Dictionary<string, AccessRule> Build()
    {
        var table = new Dictionary<string, AccessRule>(StringComparer.Ordinal)
        {
            ["health_live"] = AccessRule.Anonymous,
            ["health_ready"] = AccessRule.Anonymous,
            // States and lags of the partners, no personal data and no error text: monitors poll it without a token.
            ["health_connectors"] = AccessRule.Anonymous,
            // Counts per connector, no personal data. Anonymous only on Hub:Operations:MetricsPort, a port kept off the
            // ingress; on the API port it needs an admin token (Prometheus' authorization or oauth2 scrape settings).
            ["metrics_scrape"] = AccessRule.Anonymous,
            ["metrics"] = Operations,
            ["api_root"] = AccessRule.Anonymous,
            ["openapi_document"] = AccessRule.Anonymous,
            ["auth_login"] = AccessRule.Anonymous,
            ["auth_local_login"] = AccessRule.Anonymous,
            ["auth_logout"] = AccessRule.AnyRole,
            ["me"] = AccessRule.AnyRole,
            ["api_unknown"] = AccessRule.AnyRole,

            ["sync_connectors"] = Operations,
            ["sync_connector"] = Operations,
            ["sync_run"] = Operations,
            ["sync_pause"] = Operations,
            ["sync_resume"] = Operations,
            ["sync_runs"] = Operations,
            ["sync_history"] = Operations,
            ["dead_letters_list"] = Operations,
            ["dead_letters_get"] = Operations,
            ["dead_letters_replay"] = Operations,
            ["dead_letters_replay_many"] = Operations,
            ["audit_list"] = Operations,
            ["audit_verify"] = Operations,
            ["audit_export"] = Operations,
            ["alerts_list"] = Operations,

            ["conflicts_list"] = DataStewardship,
            ["conflicts_resolve"] = DataStewardship,
            ["identity_reviews_list"] = DataStewardship,
            ["identity_reviews_get"] = DataStewardship,
            ["identity_reviews_merge"] = DataStewardship,
            ["identity_reviews_reject"] = DataStewardship,
            ["identity_decisions_split"] = DataStewardship,
            ["identity_decisions_undo"] = DataStewardship,
            ["identity_household_links"] = DataStewardship,
            ["inbound_push"] = AccessRule.OwnInbound,
            ["household_timeline"] = CareRead,
            ["Household_timeline"] = CareRead,
            ["indicators"] = Aggregates,

            // The console (src/Hub.Api/Console): pages and the actions their forms post to, with the API's rules.
            ["console_signed_out"] = AccessRule.Anonymous,
            ["console_home"] = AccessRule.AnyRole,
            ["console_logout"] = AccessRule.AnyRole,
            ["console_sync"] = Operations,
            ["console_sync_run"] = Operations,
            ["console_sync_pause"] = Operations,
            ["console_sync_resume"] = Operations,
            ["console_runs"] = Operations,
            ["console_dead_letters"] = Operations,
            ["console_dead_letter"] = Operations,
            ["console_dead_letter_replay"] = Operations,
            ["console_dead_letters_replay"] = Operations,
            ["console_audit"] = Operations,
            ["console_conflicts"] = DataStewardship,
            ["console_conflict_resolve"] = DataStewardship,
            ["console_identity"] = DataStewardship,
            ["console_identity_review"] = DataStewardship,
            ["console_identity_merge"] = DataStewardship,
            ["console_identity_reject"] = DataStewardship,
            ["console_identity_undo"] = DataStewardship,
            ["console_identity_split"] = DataStewardship,
            ["console_households"] = CareRead,
            ["console_household"] = CareRead,
            ["console_household_export"] = CareRead,
        };
        return table;
    }
}
