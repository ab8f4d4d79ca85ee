using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Hub.Api.Features.Timeline;
using Hub.Api.Security;

namespace Hub.Api.Console;

/// <summary>
/// The household timeline as a file: CSV for French Excel (UTF-8 with BOM, <c>;</c> separator, CRLF, quoted fields)
/// or JSON, with the filters of the page. Same access and consent rules as the page and the API.
/// </summary>
public static class TimelineExport
{
    /// <summary>Enough for any real household; the export says so when it stops there.</summary>
    public const int MaxEntries = 10_000;

    private static readonly string[] Header = ["Date", "Source", "Type", "Acteur", "Résumé", "Personne", "Provenance", "Identifiant"];

    public static async Task<IResult> ExportAsync(
        string id, string? format, string[]? source, string[]? type, string? from, string? to, ClaimsPrincipal user, HouseholdTimeline timeline,
        HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(context);
        if (format is not ("csv" or "json"))
        {
            return TypedResults.Problem(title: "Format inconnu", detail: "format=csv ou format=json.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!TimelineEndpoints.TryParseFilter(source, type, from, to, null, out var filter, out var error))
        {
            return TypedResults.Problem(title: "Filtre invalide", detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var view = await timeline.ReadAsync(id, user, filter, 0, MaxEntries, cancellationToken);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        context.AuditScope()?.Returned($"Household/{id}");
        var name = $"parcours-menage-{id}";
        if (format == "json")
        {
            return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(view, JsonSerializerOptions.Web), "application/json; charset=utf-8", name + ".json");
        }

        var entries = view.Entries.Select(e => TimelineEntry.From(e.Parse())).ToList();
        return TypedResults.File(Csv(entries), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>The BOM tells Excel the file is UTF-8 (accents); <c>;</c> is the list separator of French Windows.</summary>
    public static byte[] Csv(IEnumerable<TimelineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        text.Append(string.Join(';', Header.Select(Field))).Append("\r\n");
        foreach (var e in entries)
        {
            string[] row = [Fr.FhirDate(e.OccurredAt), e.Source, e.Type, e.Actor, e.Summary, e.Person ?? string.Empty, e.Provenance, e.Id];
            text.Append(string.Join(';', row.Select(Field))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// Quoted, inner quotes doubled; a leading =, +, - or @ gets an apostrophe so that Excel never runs a partner's text
    /// as a formula (CSV injection).
    /// </summary>
    private static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
