using System.Text;

namespace Hub.Connectors.Siao.Csv;

/// <summary>
/// A parsed <c>;</c>-separated file (RFC 4180 quoting, CRLF or LF, UTF-8 with or without BOM). Header names are
/// compared case-insensitively and trimmed, as the export format says.
/// </summary>
internal sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <exception cref="CsvFileException">Not UTF-8 (<c>encodage-invalide</c>) or no header (<c>entete-invalide</c>).</exception>
    public static CsvTable Parse(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Windows-1252 or Latin-1 files decode to garbage silently in a lenient decoder: the format forbids guessing.
            throw new CsvFileException(file, "encodage-invalide", "the file is not UTF-8", e);
        }

        var records = ReadRecords(text);
        if (records.Count == 0 || records[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            throw new CsvFileException(file, "entete-invalide", "the first line must be the header");
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!index.TryAdd(header[i], i))
            {
                throw new CsvFileException(file, "entete-invalide", $"column '{header[i]}' appears twice");
            }
        }

        var rows = records.Skip(1)
            .Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0))
            .Select(r => new CsvRow(r.Line, index, r.Fields))
            .ToList();
        return new CsvTable(header, rows);
    }

    private static List<(int Line, List<string> Fields)> ReadRecords(string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ';':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
