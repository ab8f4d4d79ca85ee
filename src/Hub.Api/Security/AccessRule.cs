namespace Hub.Api.Security;

/// <summary>Who may call an endpoint. The policy name is the rule's name, registered once per rule.</summary>
public sealed record AccessRule(string Name, IReadOnlyList<string> Roles, AccessKind Kind = AccessKind.Roles)
{
    /// <summary>No token needed: health probes and the API description (they carry no personal data).</summary>
    public static AccessRule Anonymous { get; } = new("anonymous", [], AccessKind.Anonymous);

    /// <summary>Any valid token carrying at least one hub role.</summary>
    public static AccessRule AnyRole { get; } = new("any-role", HubRoles.All);

    /// <summary>A partner system pushing to its own inbound endpoint only: role <c>system:{system}</c> for route value <c>{system}</c>.</summary>
    public static AccessRule OwnInbound { get; } = new("own-inbound", HubRoles.Systems, AccessKind.OwnSystem);

    public static AccessRule Of(string name, params string[] roles) => new(name, roles);

    /// <summary>Whether a caller holding <paramref name="role"/> passes, for a call whose <c>{system}</c> route value is <paramref name="system"/>.</summary>
    public bool Admits(string role, string? system = null) => Kind switch
    {
        AccessKind.Anonymous => true,
        AccessKind.OwnSystem => system is not null && role == HubRoles.ForSystem(system),
        _ => Roles.Contains(role, StringComparer.Ordinal),
    };
}

public enum AccessKind
{
    Anonymous,
    Roles,
    OwnSystem,
}
