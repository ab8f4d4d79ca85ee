using System.Text.Json;

namespace Hub.Simulators.Hosting;

/// <summary>A message pushed to a simulator and kept (first delivery only; replays are counted, not duplicated).</summary>
public sealed record ReceivedMessage(
    long Number,
    string Endpoint,
    string? IdempotencyKey,
    string AssignedId,
    DateTimeOffset ReceivedAt,
    string Body)
{
    /// <summary>The body as a JSON document (parsed on demand; caller disposes).</summary>
    public JsonDocument Parse() => JsonDocument.Parse(Body);
}

/// <summary>What the hub pushed to one simulator (SI-SIAO retours, SOLIS entrants, CAF/CPAM saisines).</summary>
public sealed class ReceivedStore
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedMessage> _messages = [];
    private long _replays;

    public IReadOnlyList<ReceivedMessage> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Number of idempotent replays answered (same key, same body).</summary>
    public long Replays => Interlocked.Read(ref _replays);

    public IReadOnlyList<ReceivedMessage> Of(string endpoint) =>
        All.Where(m => string.Equals(m.Endpoint, endpoint, StringComparison.Ordinal)).ToList();

    public void Clear()
    {
        lock (_gate)
        {
            _messages.Clear();
        }

        Interlocked.Exchange(ref _replays, 0);
    }

    internal ReceivedMessage Add(string endpoint, string? key, string assignedId, DateTimeOffset at, string body)
    {
        lock (_gate)
        {
            var message = new ReceivedMessage(_messages.Count + 1, endpoint, key, assignedId, at, body);
            _messages.Add(message);
            return message;
        }
    }

    internal void CountReplay() => Interlocked.Increment(ref _replays);
}
