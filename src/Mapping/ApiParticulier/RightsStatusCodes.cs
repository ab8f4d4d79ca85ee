using Hub.Canonical.Model;
using Hub.Mapping.Core;

namespace Hub.Mapping.ApiParticulier;

/// <summary>Bits every rights mapper of the CAF/CPAM family shares: canonical codings and the status enum.</summary>
internal static class RightsStatusCodes
{
    public static RightStatusCode Parse(string code) => code switch
    {
        "open" => RightStatusCode.Open,
        "pending" => RightStatusCode.Pending,
        "closed" => RightStatusCode.Closed,
        "refused" => RightStatusCode.Refused,
        _ => RightStatusCode.Unknown,
    };

    public static Coding Coding(CodeTables tables, string system, string code) =>
        new() { System = system, Code = code, Display = tables.Catalog.Display(system, code) };

    public static Coding Source(CodeTables tables, string source) => Coding(tables, CodeSystems.SystemeSource, source);

    /// <summary>A source value kept beside the canonical one (meta.tag), e.g. <c>avec_majoration</c> or ETATDOSRSA <c>4</c>.</summary>
    public static Coding Tag(string table, string code, string? display = null) =>
        new() { System = $"urn:lda-hub:code:source:{table}", Code = code, Display = display };

    /// <summary>Reads a date the partner sent as text; reports it when unreadable instead of failing the record.</summary>
    public static FhirDate? Date(string? text, MappingContext context, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (FhirDate.TryParse(value.Length > 10 ? value[..10] : value, out var date))
        {
            return date;
        }

        context.Warn("invalid-value", path, "Not a date (AAAA-MM-JJ); left out.", value);
        return null;
    }
}
