using System.Collections.Frozen;
using Hub.Canonical.Model;

namespace Hub.Canonical.Privacy;

/// <summary>
/// When a consent lets a record go to (or be shown to) an organisation: one rule for outbound routing and for timeline
/// views, so what the hub sends and what it shows cannot drift apart.
/// </summary>
public static class ConsentRules
{
    /// <summary>Which organisations (code system organisation-partenaire) own each source system's records.</summary>
    private static readonly FrozenDictionary<string, string[]> Owners = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["siao"] = ["siao"],

        // SOLIS is CD68's software: a consent may name either.
        ["solis"] = ["solis", "cd68"],
        ["caf"] = ["caf"],
        ["cpam"] = ["cpam"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The organisations a partner system speaks for; empty for the hub's own records.</summary>
    public static IReadOnlyList<string> OwnersOf(string system) => Owners.GetValueOrDefault(system, []);

    /// <summary>
    /// Active, naming one of <paramref name="organisations"/> and <paramref name="purpose"/>, within its period at
    /// <paramref name="at"/> (open ends allowed; a partial date counts from its first to its last day), not revoked by then.
    /// </summary>
    public static bool Covers(Consent consent, IReadOnlyCollection<string> organisations, string purpose, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(organisations);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return consent.Status == ConsentStatus.Active
            && consent.Organisations.Any(o => o.Code is { } code && organisations.Contains(code))
            && consent.Purposes.Any(p => p.Code == purpose)
            && (consent.Period?.Start is not { } start || (start.Instant is { } s ? s <= at : start.Date.Start <= day))
            && (consent.Period?.End is not { } end || (end.Instant is { } e ? at <= e : day <= end.Date.End))
            && (consent.RevokedAt is not { } revoked || (revoked.Instant is { } r ? at < r : day < revoked.Date.Start));
    }
}
