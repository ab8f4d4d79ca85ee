using System.Collections.Concurrent;
using Hub.Identity.Nir;
using Hub.Identity.Normalisation;
using Hub.Mapping.Cog;

namespace Hub.Identity.Matching;

/// <summary>
/// Turns a <see cref="PersonRecord"/> into its compared form: names folded and split (birth/usage, particles, compound
/// parts), phonetic keys, the birthplace as its COG code at the birth date, the NIR checked and packed. Thread-safe.
/// </summary>
internal sealed class PersonNormaliser(CogDirectory cog)
{
    // Birthplace codes repeat a lot; most never moved, so their code at birth is themselves (no history walk).
    private readonly ConcurrentDictionary<string, (bool HasHistory, string Current)> _places = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Code, int Month), string> _atBirth = new();

    public NormalisedPerson Normalise(PersonRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var person = new NormalisedPerson { Date = record.BirthDate, Sex = record.Sex };
        var marital = FrenchNames.SplitMarital(record.BirthName);
        var birth = FrenchNames.Normalise(marital.BirthName);
        var usage = FrenchNames.Normalise(string.IsNullOrWhiteSpace(record.UsageName) ? marital.UsageName : record.UsageName);
        person.BirthFull = birth.Full;
        person.BirthCore = birth.Core;
        if (birth.Parts.Count > 1)
        {
            person.BirthFirstPart = birth.Parts[0];
            person.BirthLastPart = birth.Parts[^1];
        }

        person.BirthPhonetic = FrenchPhonetic.HashFolded(birth.Core);
        if (!usage.IsEmpty && usage.Full != birth.Full)
        {
            person.UsageFull = usage.Full;
            person.UsageCore = usage.Core;
            person.UsagePhonetic = FrenchPhonetic.HashFolded(usage.Core);
        }

        var firstNames = FrenchNames.FirstNames(record.FirstNames);
        if (firstNames.Length > 0)
        {
            person.First1 = firstNames[0];
            person.First1Phonetic = FrenchPhonetic.HashFolded(firstNames[0]);
        }

        if (firstNames.Length > 1)
        {
            person.First2 = firstNames[1];
            person.FirstJoined = firstNames[0] + firstNames[1];
        }

        if (firstNames.Length > 2)
        {
            person.First3 = firstNames[2];
            person.SecondJoined = firstNames[1] + firstNames[2];
        }

        (person.Place, person.PlaceNow) = Place(record.BirthPlace, record.BirthDate);
        person.Commune = record.AddressCommune?.Trim().ToUpperInvariant() ?? string.Empty;
        var nir = NirRules.Check(record.Nir);
        if (nir.IsUsable)
        {
            person.Nir = nir.Packed;
            person.NirKind = nir.Kind;
            person.NirAgrees = NirRules.AgreesWithTraits(nir, record.Sex, record.BirthDate);
        }

        if (!string.IsNullOrWhiteSpace(record.CafNumber))
        {
            person.Caf = (long)FrenchPhonetic.HashOf((record.CafOrganisme ?? string.Empty).Trim() + "/" + record.CafNumber.Trim());
        }

        person.SourceKey = SourceKey(record.Source, record.SourceId);
        return person;
    }

    public static ulong SourceKey(string source, string sourceId) => FrenchPhonetic.HashOf(source + "\u001f" + sourceId);

    private (string AtBirth, string Current) Place(string? code, PartialDate birthDate)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (string.Empty, string.Empty);
        }

        code = code.Trim().ToUpperInvariant();
        var known = _places.GetOrAdd(code, c => (cog.HasHistory(c), cog.CurrentCode(c) ?? c));
        if (!known.HasHistory || birthDate.IsUnknown)
        {
            return (code, known.Current);
        }

        // The INS trait is the code as it was at the birth date: a commune merged since keeps its old code for people born
        // before. The history walk costs a fraction of a millisecond, so answers are kept per (code, month of birth): COG
        // movements take effect on the first of a month almost always, and a birthplace also agrees through today's
        // commune, so the rare mid-month movement cannot change a match.
        var month = new PartialDate(birthDate.Year, birthDate.Month, 0).Packed;
        var atBirth = _atBirth.GetOrAdd((code, month), key => cog.CodeAt(key.Code, PartialDate.FromPacked(key.Month).FirstDay) ?? key.Code);
        return (atBirth, known.Current);
    }
}
