using Hub.Identity.Normalisation;

namespace Hub.Identity.Synthetic;

/// <summary>An invented person, the truth behind the records the generator derives from it.</summary>
internal sealed record SyntheticPerson(
    int Id,
    string BirthName,
    string? UsageName,
    string[] FirstNames,
    PartialDate BirthDate,
    Sex Sex,
    string BirthPlace,
    string Commune,
    string Nir,
    string? CafNumber,
    string CafOrganisme)
{
    /// <summary>The parent's NIR a child is insured under (ayant droit): CPAM records carry it instead of the child's own.</summary>
    public string? InsuredUnder { get; init; }
}
