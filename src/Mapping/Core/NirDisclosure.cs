using Hub.Canonical.Model;

namespace Hub.Mapping.Core;

/// <summary>
/// The RNIV rule on the NIR (issue 5): a NIR or NIA travels to a partner only with an identity whose status is
/// qualified (<c>QUAL</c>: retrieved from INSi and checked against an identity document). A provisional, validated or
/// retrieved identity goes without it, whatever the partner's message could carry. <c>Hub.Identity</c>'s
/// <c>IdentityStatusRules.MayShareNir</c> states the same rule on its own enum (a test keeps the two equal); it lives
/// here too because the mapping layer cannot depend on the identity library (which depends on it).
/// </summary>
public static class NirDisclosure
{
    /// <summary>The only identity status code (<see cref="CodeSystems.StatutIdentite"/>) that may carry a NIR.</summary>
    public const string Qualified = "QUAL";

    /// <summary>The identifier systems of the NIR and the NIA, production and test.</summary>
    public static bool IsNirSystem(string? system) =>
        system is IdentifierSystems.Nir or IdentifierSystems.Nia or IdentifierSystems.NirTest or IdentifierSystems.NiaTest;

    public static bool MayShareNir(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.IdentityStatus is { System: CodeSystems.StatutIdentite, Code: Qualified };
    }

    /// <summary>The person as a partner may see it: without NIR/NIA identifiers unless its identity is qualified.</summary>
    public static Person Redact(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return MayShareNir(person) || person.Identifier is not { } identifiers || !identifiers.Any(i => IsNirSystem(i.System))
            ? person
            : person with { Identifier = [.. identifiers.Where(i => !IsNirSystem(i.System))] };
    }

    /// <summary>A person redacted (<see cref="Redact(Person)"/>); any other resource as it is.</summary>
    public static Resource Redact(Resource resource) => resource is Person person ? Redact(person) : resource;

    /// <summary>Every person among the related resources redacted; the same dictionary when none changes.</summary>
    public static IReadOnlyDictionary<string, Resource> Redact(IReadOnlyDictionary<string, Resource> related)
    {
        ArgumentNullException.ThrowIfNull(related);
        Dictionary<string, Resource>? redacted = null;
        foreach (var (key, resource) in related)
        {
            var safe = Redact(resource);
            if (!ReferenceEquals(safe, resource))
            {
                redacted ??= new Dictionary<string, Resource>(related, StringComparer.Ordinal);
                redacted[key] = safe;
            }
        }

        return redacted ?? related;
    }
}
