namespace Hub.Simulators.Hosting;

/// <summary>Common metadata of an element of an incremental list (contract: <c>Enregistrement</c>).</summary>
internal interface IFeedRecord
{
    string Id { get; }

    int Version { get; }
}

/// <summary>A deleted (or merged) record, as the contracts' <c>Suppression</c> element.</summary>
internal sealed record Suppression(string Id, int Version, DateTimeOffset ModifieLe, long Sequence, bool Supprime, string? FusionneDans) : IFeedRecord;
