using Hub.Canonical.Model;
using Hub.Identity.Matching;
using Hub.Identity.Normalisation;

namespace Hub.Sync.Identity;

/// <summary>A canonical <see cref="Person"/> as the matcher sees it: the INS traits and the identifiers that link deterministically.</summary>
internal static class PersonRecords
{
    /// <summary>The index's source for persons the hub already holds: their source id is the hub id.</summary>
    public const string HubSource = "hub";

    public static PersonRecord From(Person person, string source, string sourceId) => new()
    {
        Source = source,
        SourceId = sourceId,
        BirthName = person.Name?.BirthName,
        UsageName = person.Name?.UsageName,
        FirstNames = person.Name?.FirstNames is { Count: > 0 } names ? string.Join(' ', names) : person.Name?.UsedFirstName,
        BirthDate = person.BirthDate is { } date ? PartialDate.Create(date.Year, date.Month ?? 0, date.Day ?? 0) : PartialDate.Unknown,
        Sex = person.Sex?.Code switch { "M" => Sex.Male, "F" => Sex.Female, _ => Sex.Unknown },
        BirthPlace = person.BirthPlace?.Cog,
        Nir = person.Identifier?.FirstOrDefault(i => IsNir(i.System))?.Value,
        CafNumber = person.Identifier?.FirstOrDefault(i => i.System == IdentifierSystems.CafAllocataire)?.Value,
    };

    /// <summary><c>system|value</c>: how a record not stored yet is named in the index and in a decision.</summary>
    public static string Token(Identifier identifier) => identifier.System + "|" + identifier.Value;

    /// <summary>The identifier named by <see cref="Token"/>.</summary>
    public static Identifier? Parse(string token) =>
        token.LastIndexOf('|') is > 0 and var bar ? new Identifier { System = token[..bar], Value = token[(bar + 1)..] } : null;

    private static bool IsNir(string system) =>
        system is IdentifierSystems.Nir or IdentifierSystems.Nia or IdentifierSystems.NirTest or IdentifierSystems.NiaTest;
}
