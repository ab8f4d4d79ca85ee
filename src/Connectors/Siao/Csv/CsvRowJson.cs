using System.Text.Json;

namespace Hub.Connectors.Siao.Csv;

/// <summary>A row as JSON (<c>{"ligne": n, "colonne": "valeur", ...}</c>), so CSV records reach dead letters like API ones.</summary>
internal static class CsvRowJson
{
    public static JsonElement From(CsvRow row)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("ligne", row.Line);
            foreach (var (column, value) in row.Values)
            {
                writer.WriteString(column, value);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
