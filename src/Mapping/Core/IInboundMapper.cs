using Hub.Connectors.Core;

namespace Hub.Mapping.Core;

/// <summary>Turns one pulled record of a partner into canonical resources (with provenance and issues).</summary>
public interface IInboundMapper
{
    string Connector { get; }

    /// <summary>The record kinds (<see cref="PulledRecord.Kind"/>) this mapper understands.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    MappingResult Map(PulledRecord record);
}
