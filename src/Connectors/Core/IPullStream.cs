namespace Hub.Connectors.Core;

/// <summary>An incremental stream of one partner (e.g. SI-SIAO <c>menages</c>), read page by page from a cursor.</summary>
public interface IPullStream
{
    string Connector { get; }

    string Stream { get; }

    /// <summary>Reads one page after <paramref name="cursor"/> (<c>null</c> = from the beginning).</summary>
    /// <exception cref="ConnectorException">Classified failure.</exception>
    Task<PulledPage> PullPageAsync(string? cursor, CancellationToken cancellationToken);
}
