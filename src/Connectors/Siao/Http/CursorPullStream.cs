using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>One incremental list of a hub-defined contract, read page by page through the connector's Refit client.</summary>
/// <param name="fetch">Calls the list with (curseur, limite); the Refit client is resolved per call so the HTTP client factory can rotate handlers.</param>
internal sealed class CursorPullStream<TRecord, TDeletion>(
    CursorStreamDefinition<TRecord, TDeletion> definition,
    Func<string?, int, CancellationToken, Task<HttpResponseMessage>> fetch,
    int pageSize,
    TimeProvider time) : IPullStream, IRecordReader
    where TRecord : class
    where TDeletion : class
{
    public string Connector => definition.Connector;

    public string Stream => definition.Stream;

    public async Task<PulledPage> PullPageAsync(string? cursor, CancellationToken cancellationToken)
    {
        var operation = $"GET {definition.Stream}";
        using var response = await PartnerCall.SendAsync(
            definition.Connector, operation, ct => fetch(cursor, pageSize, ct), time, cancellationToken);
        var raw = await PartnerCall.ReadBodyAsync(definition.Connector, operation, response, cancellationToken);
        return CursorPageParser.Parse(definition, cursor, raw, response.Content.Headers.ContentType?.MediaType);
    }

    public RecordRead Read(JsonElement raw)
    {
        var (record, rejected) = CursorPageParser.ReadRecord(definition, raw.Clone());
        return new RecordRead(record, rejected);
    }
}
