namespace Hub.Connectors.Siao.Csv;

/// <summary>One data row, with the line it starts on (header = line 1) for the drop report.</summary>
internal sealed class CsvRow(int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
{
    public int Line => line;

    public int FieldCount => fields.Count;

    /// <summary>The trimmed value, or <c>null</c> when empty: an empty field means "not provided", never zero or no.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } value ? value : null;

    public IEnumerable<KeyValuePair<string, string>> Values =>
        columns.OrderBy(c => c.Value).Where(c => c.Value < fields.Count).Select(c => KeyValuePair.Create(c.Key, fields[c.Value]));
}
