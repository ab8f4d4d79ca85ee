using Hub.Identity.Normalisation;

namespace Hub.Identity.Matching;

/// <summary>
/// One person as a source system knows it: the INS strict traits (birth name, first names, birth date, sex, birthplace
/// COG code), the usage name and address commune, and the identifiers that allow a deterministic link.
/// </summary>
public sealed record PersonRecord
{
    /// <summary>The source system (siao, solis, caf, cpam).</summary>
    public required string Source { get; init; }

    /// <summary>The person's id in that source.</summary>
    public required string SourceId { get; init; }

    /// <summary>Nom de naissance; may carry "EPOUSE X" / "NEE Y" forms, which are split.</summary>
    public string? BirthName { get; init; }

    /// <summary>Nom d'usage.</summary>
    public string? UsageName { get; init; }

    /// <summary>The given names in order, separated by spaces or commas.</summary>
    public string? FirstNames { get; init; }

    /// <summary>Birth date, possibly partial.</summary>
    public PartialDate BirthDate { get; init; }

    /// <summary>Sex at birth.</summary>
    public Sex Sex { get; init; }

    /// <summary>COG code of the birthplace (commune, or 99xxx country), at any date: it is brought to the code valid at birth.</summary>
    public string? BirthPlace { get; init; }

    /// <summary>COG code (or postal code) of the address commune: weak evidence, people move.</summary>
    public string? AddressCommune { get; init; }

    /// <summary>NIR or NIA, 13 or 15 characters.</summary>
    public string? Nir { get; init; }

    /// <summary>CAF allocataire number (shared by the whole foyer).</summary>
    public string? CafNumber { get; init; }

    /// <summary>The CAF organisme that issued <see cref="CafNumber"/> (numbers are unique per organisme only).</summary>
    public string? CafOrganisme { get; init; }
}
