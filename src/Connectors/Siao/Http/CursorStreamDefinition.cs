using System.Text.Json.Serialization.Metadata;

namespace Hub.Connectors.Siao;

/// <summary>
/// What distinguishes one incremental list of a hub-defined contract (SI-SIAO, SOLIS): its name, the record type it
/// carries and the checks the contract asks beyond required fields (e.g. <c>minItems</c>).
/// </summary>
/// <param name="Check">Returns why a deserialized record breaks the contract, or <c>null</c> when it is fine.</param>
internal sealed record CursorStreamDefinition<TRecord, TDeletion>(
    string Connector,
    string Stream,
    string Kind,
    JsonTypeInfo<TRecord> RecordType,
    JsonTypeInfo<TDeletion> DeletionType,
    Func<TRecord, string?>? Check = null)
    where TRecord : class
    where TDeletion : class;
