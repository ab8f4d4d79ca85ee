namespace Hub.Identity.Nir;

/// <summary>What an identifier read as a NIR turned out to be.</summary>
public enum NirKind
{
    /// <summary>Not usable: bad format or wrong key (see <see cref="NirCheck.Error"/>).</summary>
    Invalid,

    /// <summary>A NIR proper (first digit 1 or 2).</summary>
    Nir,

    /// <summary>A provisional NIA/NNP (first digit 7 or 8): an identifier, but never proof of sex or birth date.</summary>
    Nia,
}
