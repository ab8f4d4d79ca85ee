using System.Runtime.CompilerServices;

namespace Hub.Connectors.Core;

public static class PullStreamExtensions
{
    /// <summary>Streams pages until the partner says there is no more; memory holds the pages the caller keeps (the sync runner reads one ahead).</summary>
    public static async IAsyncEnumerable<PulledPage> PullAllAsync(
        this IPullStream stream, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        while (true)
        {
            var page = await stream.PullPageAsync(cursor, cancellationToken);
            yield return page;
            if (!page.HasMore || page.NextCursor is null || page.NextCursor == cursor)
            {
                yield break;
            }

            cursor = page.NextCursor;
        }
    }
}
