using Hub.Canonical.Validation;

namespace Hub.Api.Features.Resources;

/// <summary>The resource types the REST API stores: every canonical schema except the message types.</summary>
internal static class ResourceTypeCatalog
{
    // Bundle and OperationOutcome are what the API answers with, not what it stores.
    private static readonly HashSet<string> MessageTypes = ["Bundle", "OperationOutcome"];

    public static IReadOnlyList<string> StoredTypes(CanonicalSchemaSet schemas) =>
        [.. schemas.ResourceTypes.Where(t => !MessageTypes.Contains(t)).Order(StringComparer.Ordinal)];
}
