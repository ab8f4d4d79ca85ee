using Hub.Identity.Nir;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Matching;

/// <summary>A record in compared form, before its strings are interned into a <see cref="PersonIndex"/>.</summary>
internal sealed class NormalisedPerson
{
    public string BirthFull = string.Empty;
    public string BirthCore = string.Empty;
    public string BirthFirstPart = string.Empty;
    public string BirthLastPart = string.Empty;
    public string UsageFull = string.Empty;
    public string UsageCore = string.Empty;
    public ulong BirthPhonetic;
    public ulong UsagePhonetic;
    public string First1 = string.Empty;
    public string First2 = string.Empty;
    public string First3 = string.Empty;
    public string FirstJoined = string.Empty;
    public string SecondJoined = string.Empty;
    public ulong First1Phonetic;
    public PartialDate Date;
    public Sex Sex;
    public string Place = string.Empty;
    public string PlaceNow = string.Empty;
    public string Commune = string.Empty;
    public long Nir;
    public NirKind NirKind;
    public bool NirAgrees;
    public long Caf;
    public ulong SourceKey;
}
