using Hub.Identity.Matching;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Tests.Matching;

/// <summary>Invented persons for the matcher tests.</summary>
internal static class People
{
    private static int _next;

    public static PersonRecord Person(string birthName, string firstNames, string birthDate, Sex sex = Sex.Female,
        string? birthPlace = "68224", string? commune = "68224", string? usageName = null, string? nir = null,
        string source = "siao", string? caf = null) => new()
    {
        Source = source,
        SourceId = $"{source}-{Interlocked.Increment(ref _next)}",
        BirthName = birthName,
        UsageName = usageName,
        FirstNames = firstNames,
        BirthDate = PartialDate.Parse(birthDate),
        Sex = sex,
        BirthPlace = birthPlace,
        AddressCommune = commune,
        Nir = nir,
        CafNumber = caf,
        CafOrganisme = caf is null ? null : "681",
    };
}
