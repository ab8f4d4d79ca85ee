using Hub.Canonical.Model;

namespace Hub.Sync.Pipeline;

/// <summary>
/// The identity resolution hook between mapping and storage: it may add identifiers (links to known persons) or route a
/// record to review. The hub's is <see cref="Identity.IdentityResolver"/>.
/// </summary>
public interface IIdentityResolver
{
    Task<IReadOnlyList<Resource>> ResolveAsync(string sourceSystem, IReadOnlyList<Resource> resources, CancellationToken cancellationToken);
}
