using Hub.Canonical.Model;

namespace Hub.Sync.Pipeline;

/// <summary>
/// The identity resolution hook between mapping and storage: it may add identifiers (links to known persons) or route a
/// record to review. Until identity resolution lands it passes resources through unchanged.
/// </summary>
public interface IIdentityResolver
{
    Task<IReadOnlyList<Resource>> ResolveAsync(string sourceSystem, IReadOnlyList<Resource> resources, CancellationToken cancellationToken);
}

internal sealed class PassThroughIdentityResolver : IIdentityResolver
{
    public Task<IReadOnlyList<Resource>> ResolveAsync(string sourceSystem, IReadOnlyList<Resource> resources, CancellationToken cancellationToken) =>
        Task.FromResult(resources);
}
