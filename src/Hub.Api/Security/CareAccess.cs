using Hub.Storage.Resources;

namespace Hub.Api.Security;

/// <summary>
/// Record-level access for person-level data: the coordinator sees every household; a referent only the households
/// whose active accompaniment names them (and those households' members and records); anyone else nothing. Asked by
/// the resource API and the timeline, once per request.
/// </summary>
public sealed class CareAccess(IHttpContextAccessor accessor, IResourceStore store)
{
    private Task<CareScope?>? _scope;

    /// <summary><c>null</c> when unrestricted; otherwise the only records the caller may see.</summary>
    public Task<CareScope?> ScopeAsync(CancellationToken cancellationToken) => _scope ??= ResolveAsync(cancellationToken);

    public async Task<bool> CanSeeAsync(string resourceType, string id, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        return scope is null || (!scope.IsEmpty && await store.IsInScopeAsync(resourceType, id, scope, cancellationToken));
    }

    private async Task<CareScope?> ResolveAsync(CancellationToken cancellationToken)
    {
        var user = accessor.HttpContext?.User;
        if (user is null)
        {
            return CareScope.Empty;
        }

        if (user.IsInRole(HubRoles.Coordinator))
        {
            return null;
        }

        return user.IsInRole(HubRoles.Referent) && user.FindFirst(HubClaims.Subject)?.Value is { Length: > 0 } subject
            ? await store.CareScopeOfAgentAsync(subject, cancellationToken)
            : CareScope.Empty;
    }
}
