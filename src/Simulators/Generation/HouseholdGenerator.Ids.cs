using System.Globalization;

namespace Hub.Simulators.Generation;

/// <summary>
/// Identifiers are pure functions of indexes (and back), so a GET by id needs no lookup table.
/// </summary>
public sealed partial class HouseholdGenerator
{
    private const long MenageBase = 100_000;
    private const long PersonBase = 10_000_000;
    private const long DossierBase = 1_000_000;

    public static string MenageId(long household) => (MenageBase + household).ToString(CultureInfo.InvariantCulture);

    public static string SiaoPersonId(PersonKey key) =>
        (PersonBase + (key.Household * MemberSlots) + key.Member).ToString(CultureInfo.InvariantCulture);

    public static string DemandeId(long household, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{household + 1:0000000}");

    public static string OrientationId(long household, int slot) =>
        string.Create(CultureInfo.InvariantCulture, $"OR-{(household * OrientationSlots) + slot + 1}");

    public static string MovementId(long household, int slot) =>
        string.Create(CultureInfo.InvariantCulture, $"MV-{(household * MovementSlots) + slot + 1}");

    public static string DossierId(long dossier) => string.Create(CultureInfo.InvariantCulture, $"D-{DossierBase + dossier}");

    public static string IndividuId(long dossier, int member) =>
        string.Create(CultureInfo.InvariantCulture, $"I-{(dossier * MemberSlots) + member + 1}");

    public static string MeasureId(long dossier, int slot) =>
        string.Create(CultureInfo.InvariantCulture, $"M-{(dossier * MeasureSlots) + slot + 1}");

    public static string ReferentId(int index) => string.Create(CultureInfo.InvariantCulture, $"R-{index + 1:0000}");

    public static bool TryParseMenageId(string id, out long household) => TryParse(id, string.Empty, MenageBase, 1, out household, out _);

    public static bool TryParseSiaoPersonId(string id, out PersonKey key)
    {
        var ok = TryParse(id, string.Empty, PersonBase, MemberSlots, out var household, out var member);
        key = new PersonKey(household, (int)member);
        return ok;
    }

    public static bool TryParseDemandeId(string id, out long household)
    {
        household = -1;
        var dash = id?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return dash == 4 && TryParse(id![(dash + 1)..], string.Empty, 1, 1, out household, out _);
    }

    public static bool TryParseOrientationId(string id, out long household, out int slot) =>
        TryParseSlot(id, "OR-", OrientationSlots, out household, out slot);

    public static bool TryParseMovementId(string id, out long household, out int slot) =>
        TryParseSlot(id, "MV-", MovementSlots, out household, out slot);

    public static bool TryParseDossierId(string id, out long dossier) => TryParse(id, "D-", DossierBase, 1, out dossier, out _);

    public static bool TryParseIndividuId(string id, out long dossier, out int member) =>
        TryParseSlot(id, "I-", MemberSlots, out dossier, out member);

    public static bool TryParseMeasureId(string id, out long dossier, out int slot) =>
        TryParseSlot(id, "M-", MeasureSlots, out dossier, out slot);

    /// <summary>
    /// Truth link for identity matching: the person behind a SI-SIAO person id or a SOLIS individu id
    /// (<c>I-…</c>), or null when the id names nobody.
    /// </summary>
    public PersonKey? TruthOf(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        if (TryParseIndividuId(sourceId, out var dossier, out var member))
        {
            var household = SolisHousehold(dossier);
            return household is not null && member < household.Members.Count ? household.Members[member].Key : null;
        }

        if (TryParseSiaoPersonId(sourceId, out var key) && key.Household >= 0 && key.Member < Shape(key.Household).Members)
        {
            return key;
        }

        return null;
    }

    /// <summary>The person behind a truth key (SI-SIAO population or SOLIS-only population).</summary>
    public SyntheticPerson Person(PersonKey key)
    {
        var household = key.IsSolisOnly ? Build(key.Household, solisOnly: true) : Household(key.Household);
        return household.Members[key.Member];
    }

    private static bool TryParseSlot(string id, string prefix, int slots, out long owner, out int slot)
    {
        var ok = TryParse(id, prefix, 1, slots, out owner, out var rest);
        slot = (int)rest;
        return ok;
    }

    private static bool TryParse(string id, string prefix, long offset, int slots, out long owner, out long slot)
    {
        owner = -1;
        slot = -1;
        if (id is null || !id.StartsWith(prefix, StringComparison.Ordinal)
            || !long.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < offset)
        {
            return false;
        }

        owner = (number - offset) / slots;
        slot = (number - offset) % slots;
        return true;
    }
}
