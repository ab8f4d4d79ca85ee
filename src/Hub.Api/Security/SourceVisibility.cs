using Hub.Canonical.Privacy;
using System.Security.Claims;

namespace Hub.Api.Security;

/// <summary>
/// Which organisation owns the records of each source system, and which organisation a viewer speaks for. A viewer
/// sees their own organisation's records; another source's records only with the person's consent to share with the
/// viewer's organisation (<see cref="TimelineConsent"/>).
/// </summary>
public static class SourceVisibility
{
    /// <summary>Records the hub itself wrote (the coordinator's notes) are part of the coordination every viewer shares.</summary>
    public const string Hub = "hub";

    /// <summary>The organisations a record from <paramref name="source"/> belongs to; empty for the hub's own records.</summary>
    public static IReadOnlyList<string> OwnersOf(string source) => ConsentRules.OwnersOf(source);

    /// <summary>The <c>org</c> claim, else the organisation configured for the caller's role (the coordinator's city).</summary>
    public static string? OrganisationOf(ClaimsPrincipal user, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        if (user.FindFirst(HubClaims.Organisation)?.Value is { Length: > 0 } organisation)
        {
            return organisation;
        }

        return options.RoleOrganisations.Where(r => user.IsInRole(r.Key)).Select(r => r.Value).FirstOrDefault();
    }
}
