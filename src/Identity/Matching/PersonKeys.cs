using Hub.Identity.Nir;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Matching;

/// <summary>
/// A record as the index stores it: interned string ids (0 = absent), phonetic hashes and packed numbers, about
/// 100 bytes a person, so a million persons fit in one array the comparator walks without allocating.
/// </summary>
internal struct PersonKeys
{
    public int BirthFull;
    public int BirthCore;
    public int BirthFirstPart;
    public int BirthLastPart;
    public int UsageFull;
    public int UsageCore;
    public int First1;
    public int First2;
    public int First3;
    public int FirstJoined;
    public int SecondJoined;
    public int Place;
    public int PlaceNow;
    public int Commune;
    public int Date;
    public ulong BirthPhonetic;
    public ulong UsagePhonetic;
    public ulong First1Phonetic;
    public long Nir;
    public long Caf;
    public Sex Sex;
    public NirKind NirKind;
    public bool NirAgrees;

    public readonly PartialDate BirthDate => PartialDate.FromPacked(Date);

    public static PersonKeys From(NormalisedPerson p, StringPool pool) => new()
    {
        BirthFull = pool.Intern(p.BirthFull),
        BirthCore = pool.Intern(p.BirthCore),
        BirthFirstPart = pool.Intern(p.BirthFirstPart),
        BirthLastPart = pool.Intern(p.BirthLastPart),
        UsageFull = pool.Intern(p.UsageFull),
        UsageCore = pool.Intern(p.UsageCore),
        First1 = pool.Intern(p.First1),
        First2 = pool.Intern(p.First2),
        First3 = pool.Intern(p.First3),
        FirstJoined = pool.Intern(p.FirstJoined),
        SecondJoined = pool.Intern(p.SecondJoined),
        Place = pool.Intern(p.Place),
        PlaceNow = pool.Intern(p.PlaceNow),
        Commune = pool.Intern(p.Commune),
        Date = p.Date.Packed,
        BirthPhonetic = p.BirthPhonetic,
        UsagePhonetic = p.UsagePhonetic,
        First1Phonetic = p.First1Phonetic,
        Nir = p.Nir,
        Caf = p.Caf,
        Sex = p.Sex,
        NirKind = p.NirKind,
        NirAgrees = p.NirAgrees,
    };
}
