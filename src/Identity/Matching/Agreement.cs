namespace Hub.Identity.Matching;

/// <summary>How two values of one trait compare; each level has its own m/u probabilities (see <see cref="MatchWeights"/>).</summary>
public enum Agreement : byte
{
    /// <summary>Absent on either side: no evidence, weight 0.</summary>
    Missing = 0,

    /// <summary>Equal once normalised.</summary>
    Exact,

    /// <summary>Equal without particles, one part of a compound name, or a compound first name written in two words.</summary>
    Strong,

    /// <summary>Same phonetic key or Jaro–Winkler above the threshold (a typo, a dropped letter).</summary>
    Similar,

    /// <summary>Equal once swapped: first names in another order, birth name found as the other's usage name, day and month transposed.</summary>
    Swapped,

    /// <summary>Compatible but less precise: a partial date equal on year and month; first names equal but second names different.</summary>
    Partial,

    /// <summary>Close: a date differing in one component only; a first name between a typo and another name.</summary>
    Close,

    /// <summary>Compatible on little: a date known by its year only (or the 31/12 convention) on one side.</summary>
    Weak,

    /// <summary>Different.</summary>
    Different,
}
