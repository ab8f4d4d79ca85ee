using System.Text.Json;
using Hub.Canonical.Serialization;
using Hub.Connectors.Core;
using Hub.Mapping.Core;

namespace Hub.Testing;

/// <summary>
/// A mapper for the record kind <see cref="Kind"/> of each connector whose records already are canonical JSON: lets a
/// test put exactly the resource it means into the real page pipeline, as if that partner had sent it.
/// </summary>
public sealed class CanonicalTestMapper(string connector) : IInboundMapper
{
    public const string Kind = "test.canonical";

    public string Connector => connector;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public MappingResult Map(PulledRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new MappingResult([CanonicalJson.Deserialize(record.Raw.GetRawText())], [], []);
    }

    /// <summary>A one-record page of <paramref name="connector"/> carrying <paramref name="json"/>.</summary>
    public static PulledPage Page(string connector, string sourceId, string json, DateTimeOffset? modifiedAt) =>
        Page(connector, [(sourceId, json, modifiedAt)]);

    /// <summary>A page of <paramref name="connector"/> with these records, in this order.</summary>
    public static PulledPage Page(string connector, IReadOnlyList<(string SourceId, string Json, DateTimeOffset? ModifiedAt)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var pulled = records.Select(r =>
        {
            using var document = JsonDocument.Parse(r.Json);
            var raw = document.RootElement.Clone();
            return new PulledRecord(Kind, r.SourceId, null, r.ModifiedAt, false, raw, raw);
        }).ToList();
        var body = "[" + string.Join(",", records.Select(r => r.Json)) + "]";
        return new PulledPage(connector, Kind, null, System.Text.Encoding.UTF8.GetBytes(body), "application/json", pulled, [], null, false);
    }
}
