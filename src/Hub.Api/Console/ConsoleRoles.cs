using System.Security.Claims;
using Hub.Api.Security;

namespace Hub.Api.Console;

/// <summary>The console's menu follows the policy table: a link appears only to the roles its page admits.</summary>
public static class ConsoleRoles
{
    private static readonly (string Href, string Label, AccessRule Rule)[] Pages =
    [
        ("/console/synchronisation", "Synchronisation", AccessPolicyTable.Operations),
        ("/console/executions", "Exécutions", AccessPolicyTable.Operations),
        ("/console/rejets", "Rejets", AccessPolicyTable.Operations),
        ("/console/conflits", "Conflits", AccessPolicyTable.DataStewardship),
        ("/console/identite", "Identités", AccessPolicyTable.DataStewardship),
        ("/console/menages", "Ménages", AccessPolicyTable.CareRead),
        ("/console/audit", "Journal d'audit", AccessPolicyTable.Operations),
    ];

    public static IEnumerable<(string Href, string Label)> Menu(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Pages.Where(p => p.Rule.Roles.Any(user.IsInRole)).Select(p => (p.Href, p.Label));
    }

    public static string Label(string role) => role switch
    {
        HubRoles.Admin => "administration",
        HubRoles.Coordinator => "coordination",
        HubRoles.Referent => "référent",
        HubRoles.Observatory => "observatoire",
        _ => role,
    };
}
