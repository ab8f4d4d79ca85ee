using System.Globalization;
using System.Security.Cryptography;

namespace Hub.Connectors.Siao.Csv;

/// <summary>
/// Reads a whole drop (<c>export_AAAAMMJJTHHMMSS_complet|delta/</c>): checks <c>manifest.csv</c> (every listed file
/// present with its row count and SHA-256) before anything is read, then the files in their order of application.
/// </summary>
public static class SiaoCsvDropReader
{
    /// <exception cref="CsvFileException">Manifest missing or inconsistent, or a file-level error: the drop is rejected whole.</exception>
    public static SiaoCsvDropResult Read(string drop, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var byName = files.ToDictionary(f => f.Key.ToLowerInvariant(), f => f.Value, StringComparer.Ordinal);
        if (!byName.TryGetValue(CsvFileSpec.Manifest.File, out var manifestBytes))
        {
            throw new CsvFileException(CsvFileSpec.Manifest.File, "manifeste-incoherent", "the drop has no manifest");
        }

        var tables = new Dictionary<CsvFileSpec, CsvTable>();
        foreach (var spec in CsvFileSpec.DataFiles.Where(s => byName.ContainsKey(s.File)))
        {
            tables[spec] = CsvTable.Parse(spec.File, byName[spec.File].Span);
        }

        var issues = CheckManifest(CsvTable.Parse(CsvFileSpec.Manifest.File, manifestBytes.Span), byName, tables);
        var personnes = tables.TryGetValue(CsvFileSpec.Personnes, out var personTable)
            ? SiaoCsvReader.Read(CsvFileSpec.Personnes, personTable, byName[CsvFileSpec.Personnes.File], drop, Empty())
            : null;
        var persons = personnes is null
            ? Empty()
            : personnes.Page.Records.Select(r => r.Dto).OfType<PersonneMenage>().ToLookup(p => p.IdMenage, StringComparer.Ordinal);

        var results = CsvFileSpec.DataFiles.Where(tables.ContainsKey)
            .Select(spec => spec == CsvFileSpec.Personnes ? personnes! : SiaoCsvReader.Read(spec, tables[spec], byName[spec.File], drop, persons))
            .ToList();
        issues.AddRange(results.SelectMany(r => r.Issues));
        return new SiaoCsvDropResult(drop, results.Select(r => r.Page).ToList(), issues);
    }

    /// <summary>Reads a drop folder from disk (the SFTP inbox).</summary>
    public static SiaoCsvDropResult ReadDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.csv")
            .ToDictionary(f => Path.GetFileName(f), f => (ReadOnlyMemory<byte>)File.ReadAllBytes(f), StringComparer.OrdinalIgnoreCase);
        return Read(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), files);
    }

    private static ILookup<string, PersonneMenage> Empty() => Enumerable.Empty<PersonneMenage>().ToLookup(p => p.IdMenage);

    private static List<SiaoCsvIssue> CheckManifest(
        CsvTable manifest, Dictionary<string, ReadOnlyMemory<byte>> files, Dictionary<CsvFileSpec, CsvTable> tables)
    {
        var missingColumns = CsvFileSpec.Manifest.Required.Where(c => !manifest.Header.Contains(c)).ToList();
        if (missingColumns.Count > 0)
        {
            throw new CsvFileException(CsvFileSpec.Manifest.File, "colonne-obligatoire-absente", $"missing column(s) {string.Join(", ", missingColumns)}");
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in manifest.Rows)
        {
            var name = row["fichier"]?.ToLowerInvariant() ?? string.Empty;
            listed.Add(name);
            if (!files.TryGetValue(name, out var bytes))
            {
                throw Incoherent($"{name} is listed but absent");
            }

            var spec = CsvFileSpec.DataFiles.FirstOrDefault(s => s.File == name);
            var expectedRows = int.TryParse(row["lignes"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            if (spec is not null && tables[spec].Rows.Count != expectedRows)
            {
                throw Incoherent($"{name} has {tables[spec].Rows.Count} rows, the manifest says {row["lignes"]}");
            }

            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes.Span)), row["sha256"], StringComparison.OrdinalIgnoreCase))
            {
                throw Incoherent($"{name}: SHA-256 differs from the manifest");
            }
        }

        var unlisted = files.Keys.Where(f => f != CsvFileSpec.Manifest.File && !listed.Contains(f)).ToList();
        if (unlisted.Count > 0)
        {
            throw Incoherent($"{string.Join(", ", unlisted)} not listed in the manifest");
        }

        return [];
    }

    private static CsvFileException Incoherent(string message) => new(CsvFileSpec.Manifest.File, "manifeste-incoherent", message);
}
