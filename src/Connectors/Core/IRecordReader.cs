using System.Text.Json;

namespace Hub.Connectors.Core;

/// <summary>
/// Implemented by pull streams that can read one record on its own: used for pushes into the hub
/// (<c>/api/inbound/{system}</c>) and for replaying an (edited) dead letter through the same contract checks.
/// </summary>
public interface IRecordReader
{
    string Connector { get; }

    string Stream { get; }

    /// <summary>Reads a record as the partner sends it; a contract violation comes back as a rejected record.</summary>
    RecordRead Read(JsonElement raw);
}

/// <summary>Either a record or the reason it was rejected.</summary>
public sealed record RecordRead(PulledRecord? Record, RejectedRecord? Rejected);
