namespace Hub.Connectors.Siao.Csv;

/// <summary>Reads typed values from one row and collects every problem of the row (the row is skipped if any is an error).</summary>
internal sealed class CsvRowReader(string file, CsvRow row)
{
    private readonly List<SiaoCsvIssue> _errors = [];

    public CsvRow Row => row;

    public IReadOnlyList<SiaoCsvIssue> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public string? Text(string column, bool required = false)
    {
        var value = row[column];
        if (value is null && required)
        {
            Missing(column);
        }

        return value;
    }

    public DateOnly? Date(string column, bool required = false) =>
        Parse(column, required, (string t, out DateOnly d) => CsvValues.TryDate(t, out d), "jj/mm/aaaa or aaaa-mm-jj");

    public DateTimeOffset? DateTime(string column, bool required = false) =>
        Parse(column, required, (string t, out DateTimeOffset d) => CsvValues.TryDateTime(t, out d), "jj/mm/aaaa hh:mm[:ss] or ISO 8601");

    public bool? Boolean(string column) =>
        Parse(column, false, (string t, out bool b) => CsvValues.TryBoolean(t, out b), "oui/non");

    public string? PartialDate(string column)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (CsvValues.TryPartialDate(text, out var iso))
        {
            return iso;
        }

        Invalid(column, "expected a date, mm/aaaa, aaaa-mm or aaaa");
        return null;
    }

    public IReadOnlyList<string>? List(string column) => row[column] is { } text ? CsvValues.List(text) : null;

    /// <summary><c>TYPE=montant|TYPE=montant</c>, monthly amounts in euros.</summary>
    public IReadOnlyList<Ressource>? Resources(string column, string idPersonne)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        var resources = new List<Ressource>();
        foreach (var item in CsvValues.List(text))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            decimal amount = 0;
            if (parts[0].Length == 0 || (parts.Length == 2 && !CsvValues.TryAmount(parts[1], out amount)))
            {
                Invalid(column, "expected TYPE=montant");
                return null;
            }

            resources.Add(new Ressource { IdPersonne = idPersonne, Type = parts[0].ToUpperInvariant(), MontantMensuel = parts.Length == 2 ? amount : null });
        }

        return resources;
    }

    public void Missing(string column) =>
        _errors.Add(new SiaoCsvIssue(file, row.Line, column, SiaoCsvIssue.Error, "valeur-obligatoire-absente", $"{column} is required"));

    public void Invalid(string column, string expected) =>
        _errors.Add(new SiaoCsvIssue(file, row.Line, column, SiaoCsvIssue.Error, "format-invalide", $"{column}: {expected}"));

    private delegate bool TryParser<T>(string text, out T value);

    private T? Parse<T>(string column, bool required, TryParser<T> parse, string expected)
        where T : struct
    {
        var text = Text(column, required);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Invalid(column, $"expected {expected}");
        return null;
    }
}
