using Hub.Canonical.Model;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

/// <summary>Helpers of the outbound mappers: partner ids found through related resources, the message's time stamp.</summary>
internal static class OutboundIds
{
    /// <summary>The partner id of a referenced resource: on the reference itself, or on the resource it resolves to.</summary>
    public static string? Of(Reference reference, IReadOnlyDictionary<string, Resource> related, string system)
    {
        if (reference.Identifier is { } direct && direct.System == system)
        {
            return direct.Value;
        }

        return reference.ReferenceValue is { } key && related.TryGetValue(key, out var target)
            ? target.Identifier?.FirstOrDefault(i => i.System == system)?.Value
            : null;
    }

    /// <summary>When the hub recorded the change (the version's lastUpdated), else now.</summary>
    public static DateTimeOffset StampOf(Resource resource, TimeProvider time) =>
        resource.Meta?.LastUpdated?.Instant ?? time.GetUtcNow();

    public static OutboundMapping ToMapping(OutboundResult result, string partner) =>
        result.Message is not null
            ? new OutboundMapping(result.Message)
            : result.HasErrors
                ? new OutboundMapping(null, string.Join("; ", result.Issues.Where(i => i.IsError).Select(i => $"{i.Path}: {i.Message}")))
                : OutboundMapping.NothingToSend($"Nothing to send to {partner} for this status.");
}
