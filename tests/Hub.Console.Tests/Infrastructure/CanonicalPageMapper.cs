using System.Text;
using System.Text.Json;
using Hub.Canonical.Serialization;
using Hub.Connectors.Core;
using Hub.Mapping.Core;

namespace Hub.Console.Tests.Infrastructure;

/// <summary>
/// A mapper for records that already are canonical JSON (kind <see cref="Kind"/>): puts exactly the person a test means
/// through the real page pipeline, identity resolution included, as if that partner had sent it.
/// </summary>
public sealed class CanonicalPageMapper(string connector) : IInboundMapper
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
    public static PulledPage Page(string connector, string sourceId, string json, DateTimeOffset modifiedAt)
    {
        using var document = JsonDocument.Parse(json);
        var raw = document.RootElement.Clone();
        return new PulledPage(connector, Kind, null, Encoding.UTF8.GetBytes($"[{json}]"), "application/json",
            [new PulledRecord(Kind, sourceId, null, modifiedAt, false, raw, raw)], [], null, false);
    }
}
