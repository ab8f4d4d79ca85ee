using System.Globalization;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao.Csv;

/// <summary>
/// Reads the SI-SIAO CSV export (<c>schemas/external/siao/export-csv.md</c>) into the same records as the API: a bad
/// row is rejected with its line and the rest of the file goes on; a file-level error throws <see cref="CsvFileException"/>.
/// </summary>
public static class SiaoCsvReader
{
    public const string ContentType = "text/csv";

    /// <summary>Reads one data file. Ménages and demandes read alone have no persons (see <see cref="SiaoCsvDropReader"/>).</summary>
    /// <exception cref="CsvFileException">Encoding, header or required column.</exception>
    public static SiaoCsvFileResult ReadFile(string fileName, ReadOnlyMemory<byte> bytes, string? drop = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var spec = CsvFileSpec.DataFiles.FirstOrDefault(s => s.File.Equals(Path.GetFileName(fileName), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{fileName}' is not a file of the SI-SIAO export.", nameof(fileName));
        return Read(spec, CsvTable.Parse(spec.File, bytes.Span), bytes, drop, Enumerable.Empty<PersonneMenage>().ToLookup(p => p.IdMenage));
    }

    internal static SiaoCsvFileResult Read(CsvFileSpec spec, CsvTable table, ReadOnlyMemory<byte> bytes, string? drop, ILookup<string, PersonneMenage> persons)
    {
        var issues = CheckHeader(spec, table);
        var records = new List<PulledRecord>();
        var rejected = new List<RejectedRecord>();
        foreach (var row in table.Rows)
        {
            var reader = new CsvRowReader(spec.File, row);
            var converted = Convert(spec, reader, persons);
            var raw = CsvRowJson.From(row);
            if (reader.HasErrors)
            {
                issues.AddRange(reader.Errors);
                var reason = $"ligne {row.Line}: " + string.Join("; ", reader.Errors.Select(e => $"{e.Code} {e.Message}"));
                rejected.Add(new RejectedRecord(KindOf(spec), row[spec.IdColumn], reason, raw));
                continue;
            }

            records.AddRange(converted.Select(c => new PulledRecord(
                c.Kind, c.Id, c.ModifiedAt.ToString("o", CultureInfo.InvariantCulture), c.ModifiedAt, c.Deleted, raw, c.Dto)));
        }

        var page = new PulledPage(SiaoConnectorModule.ConnectorName, $"csv/{spec.Stream}", drop, bytes, ContentType, records, rejected, drop, HasMore: false);
        return new SiaoCsvFileResult(page, issues);
    }

    private static List<SiaoCsvIssue> CheckHeader(CsvFileSpec spec, CsvTable table)
    {
        var missing = spec.Required.Where(c => !table.Header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new CsvFileException(spec.File, "colonne-obligatoire-absente", $"missing column(s) {string.Join(", ", missing)}");
        }

        return table.Header.Where(c => !spec.Knows(c))
            .Select(c => new SiaoCsvIssue(spec.File, 1, c, SiaoCsvIssue.Warning, "colonne-inconnue", $"column '{c}' is not in the format; ignored"))
            .ToList();
    }

    private static IReadOnlyList<CsvRecord> Convert(CsvFileSpec spec, CsvRowReader reader, ILookup<string, PersonneMenage> persons)
    {
        if (spec == CsvFileSpec.Orientations)
        {
            return OrientationRow.Read(reader);
        }

        var record = spec == CsvFileSpec.Menages ? MenageRow.Read(reader, persons)
            : spec == CsvFileSpec.Personnes ? PersonneRow.Read(reader)
            : DemandeRow.Read(reader, persons);
        return record is null ? [] : [record];
    }

    private static string KindOf(CsvFileSpec spec) =>
        spec == CsvFileSpec.Menages ? SiaoStreams.MenageKind
        : spec == CsvFileSpec.Personnes ? SiaoStreams.PersonneKind
        : spec == CsvFileSpec.Demandes ? SiaoStreams.DemandeKind
        : SiaoStreams.OrientationKind;
}
