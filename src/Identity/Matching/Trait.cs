namespace Hub.Identity.Matching;

/// <summary>A piece of evidence the comparator weighs.</summary>
public enum Trait
{
    /// <summary>Source id already linked to a person.</summary>
    SourceId,

    /// <summary>NIR or NIA.</summary>
    Nir,

    /// <summary>CAF allocataire number + organisme.</summary>
    Caf,

    /// <summary>Nom de naissance.</summary>
    BirthName,

    /// <summary>Nom d'usage.</summary>
    UsageName,

    /// <summary>Prénoms.</summary>
    FirstNames,

    /// <summary>Date de naissance.</summary>
    BirthDate,

    /// <summary>Sexe.</summary>
    Sex,

    /// <summary>Lieu de naissance (COG code at the birth date).</summary>
    BirthPlace,

    /// <summary>Address commune.</summary>
    Address,
}
