namespace Hub.Api.Security;

/// <summary>
/// The roles a token may carry (claim <c>role</c>). People: admin, coordinator, referent, observatory. Partner systems
/// calling in: one role each, <c>system:{connector}</c>, so SI-SIAO can only push to SI-SIAO's inbound endpoint.
/// </summary>
public static class HubRoles
{
    /// <summary>Runs the hub: connectors, dead letters, audit. Sees payloads only where operating needs them.</summary>
    public const string Admin = "admin";

    /// <summary>The LDA project lead: every LDA household's records and timeline.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>A social worker: only the households they follow (named référent of an accompaniment).</summary>
    public const string Referent = "referent";

    /// <summary>The observatory: aggregates only, never a person-level record.</summary>
    public const string Observatory = "observatory";

    public const string SystemPrefix = "system:";

    public const string SystemSiao = SystemPrefix + "siao";
    public const string SystemSolis = SystemPrefix + "solis";
    public const string SystemCaf = SystemPrefix + "caf";
    public const string SystemCpam = SystemPrefix + "cpam";

    public static IReadOnlyList<string> People { get; } = [Admin, Coordinator, Referent, Observatory];

    public static IReadOnlyList<string> Systems { get; } = [SystemSiao, SystemSolis, SystemCaf, SystemCpam];

    public static IReadOnlyList<string> All { get; } = [.. People, .. Systems];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>The role of a partner system, from its connector name.</summary>
    public static string ForSystem(string connector) => SystemPrefix + connector;
}
