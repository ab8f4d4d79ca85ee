using System.Globalization;
using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>
/// Reads a page <c>{elements, curseurSuivant, plusDeDonnees}</c>. A page that does not parse is a transfer problem
/// (retryable); a record that breaks the contract is rejected alone and the page goes on.
/// </summary>
internal static class CursorPageParser
{
    public const string JsonContentType = "application/json";

    public static PulledPage Parse<TRecord, TDeletion>(
        CursorStreamDefinition<TRecord, TDeletion> definition, string? cursor, byte[] raw, string? contentType)
        where TRecord : class
        where TDeletion : class
    {
        JsonElement root;
        try
        {
            // One copy of the page detached from the pooled document: every record's Raw points into it.
            using var document = JsonDocument.Parse(raw);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw PageError(definition.Connector, definition.Stream, "page is not valid JSON", e);
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("curseurSuivant", out var next) || next.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("plusDeDonnees", out var more) || more.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw PageError(definition.Connector, definition.Stream, "page lacks elements, curseurSuivant or plusDeDonnees", null);
        }

        var records = new List<PulledRecord>(elements.GetArrayLength());
        var rejected = new List<RejectedRecord>();
        var index = 0;
        foreach (var element in elements.EnumerateArray())
        {
            var outcome = ReadRecord(definition, element, index++);
            if (outcome.Record is { } record)
            {
                records.Add(record);
            }
            else
            {
                rejected.Add(outcome.Rejected!);
            }
        }

        return new PulledPage(definition.Connector, definition.Stream, cursor, raw, contentType ?? JsonContentType,
            records, rejected, next.GetString(), more.GetBoolean());
    }

    /// <summary>One element on its own (a record pushed to the hub, an edited dead letter replayed), with the same checks as in a page.</summary>
    public static (PulledRecord? Record, RejectedRecord? Rejected) ReadRecord<TRecord, TDeletion>(
        CursorStreamDefinition<TRecord, TDeletion> definition, JsonElement element, int index = 0)
        where TRecord : class
        where TDeletion : class
    {
        var kind = definition.Kind;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, new RejectedRecord(kind, null, $"element {index} is not an object", element));
        }

        var id = element.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        var deleted = element.TryGetProperty("supprime", out var flag) && flag.ValueKind == JsonValueKind.True;
        try
        {
            object? dto = deleted
                ? element.Deserialize(definition.DeletionType)
                : element.Deserialize(definition.RecordType);
            var problem = dto switch
            {
                null => "element is null",
                TRecord typed when !deleted => definition.Check?.Invoke(typed),
                _ => null,
            };
            if (problem is not null)
            {
                return (null, new RejectedRecord(kind, id, problem, element));
            }

            // Deserialization succeeded, so id, version and modifieLe are present and well formed.
            var version = element.GetProperty("version").GetInt64().ToString(CultureInfo.InvariantCulture);
            var modifiedAt = element.GetProperty("modifieLe").GetDateTimeOffset();
            return (new PulledRecord(kind, id!, version, modifiedAt, deleted, element, dto!), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // STJ messages name the path and the expected type, never the value: safe to keep with the dead letter.
            return (null, new RejectedRecord(kind, id, e.Message, element));
        }
    }

    private static ConnectorException PageError(string connector, string stream, string why, Exception? inner) =>
        new(ConnectorErrorKind.Retryable, $"{connector} {stream}: {why}", inner: inner);
}
