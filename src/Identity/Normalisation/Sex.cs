namespace Hub.Identity.Normalisation;

/// <summary>Sex at birth as the INS strict traits carry it (sexe d'état civil).</summary>
public enum Sex : byte
{
    /// <summary>Not given by the source.</summary>
    Unknown = 0,

    /// <summary>Masculin.</summary>
    Male = 1,

    /// <summary>Féminin.</summary>
    Female = 2,
}
