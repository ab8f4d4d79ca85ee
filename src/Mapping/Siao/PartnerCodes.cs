using System.Collections.Frozen;
using Hub.Canonical.Model;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

/// <summary>
/// Code translation for the SI-SIAO and SOLIS mappers: the code tables, plus the partner codes that mean "no value"
/// (<see cref="NoValueCodes"/>). Unknown codes are reported in the mapping context, never silently dropped.
/// </summary>
internal sealed class PartnerCodes(CodeTables tables)
{
    public CodeTables Tables => tables;

    /// <summary>The canonical coding, or <c>null</c> for a blank or no-value code (silently) or an unknown one (reported).</summary>
    public Coding? Translate(string table, string? code, MappingContext context, string path) =>
        IsNoValue(table, code) ? null : tables.Translate(table, code, context, path);

    /// <summary>As <see cref="Translate"/>, keeping an unknown code in the table's source system (open code lists).</summary>
    public Coding? TranslateOrKeep(string table, string? code, MappingContext context, string path) =>
        IsNoValue(table, code) ? null : tables.TranslateOrKeep(table, code, context, path);

    /// <summary>The canonical code only, for codes that become enums or rules rather than codings.</summary>
    public string? Code(string table, string? code, MappingContext context, string path) => Translate(table, code, context, path)?.Code;

    /// <summary>Looks a code up without reporting it: for tables that are sets (a code outside them is expected).</summary>
    public string? Peek(string table, string? code) =>
        code is not null && tables[table].Map.TryGetValue(code.Trim(), out var canonical) ? canonical : null;

    public string? ToSource(string table, string canonicalCode) => tables.ToSource(table, canonicalCode);

    private static bool IsNoValue(string table, string? code) =>
        string.IsNullOrWhiteSpace(code)
        || (NoValueCodes.ByTable.TryGetValue(table, out var codes) && codes.Contains(code.Trim()));
}
