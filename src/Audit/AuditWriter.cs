using System.Threading.Channels;
using Hub.Storage;
using Hub.Storage.Audit;
using Hub.Storage.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Audit;

/// <summary>
/// The single writer of the chain in this process. Callers enqueue; one loop takes whatever is waiting (up to
/// <see cref="AuditOptions.BatchSize"/>), links it to the chain's head and commits it in one transaction (group
/// commit: 100 concurrent readers cost a few commits, not 100). Across processes sharing PostgreSQL, a transaction
/// advisory lock serialises the heads, so two nodes never fork the chain.
/// </summary>
public sealed partial class AuditWriter : IAuditTrail, IAsyncDisposable
{
    /// <summary>Any constant: the advisory lock's name for "the audit chain's head".</summary>
    private const long ChainLockId = 0x4C44_4148_4155_4454;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly AuditKeyRing _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<AuditWriter> _logger;
    private readonly int _batchSize;
    private readonly string _node;
    private readonly Task _loop;

    public AuditWriter(IServiceScopeFactory scopes, AuditKeyRing keys, TimeProvider time, IOptions<AuditOptions> options, ILogger<AuditWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _keys = keys;
        _time = time;
        _logger = logger;
        _batchSize = options.Value.BatchSize;
        _node = $"{Environment.MachineName}/{Environment.ProcessId}";
        _loop = Task.Run(RunAsync);
    }

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Milliseconds: both engines keep them exactly (PostgreSQL stores microseconds, EF's SQLite binary encoding
        // 100 µs), so the sealed JSON and the indexed column say the same instant.
        var now = _time.GetUtcNow();
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var pending = new Pending(record, at, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The audit trail is closed: the hub is stopping.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_batchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _batchSize && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await AppendAsync(batch).ConfigureAwait(false);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                LogAppendFailed(_logger, ex, batch.Count);
                batch.ForEach(p => p.Done.TrySetException(new InvalidOperationException("The audit event could not be recorded.", ex)));
            }
        }
    }

    private async Task AppendAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
            if (db is PostgresHubDbContext)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockId})").ConfigureAwait(false);
            }

            var head = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync().ConfigureAwait(false);
            var (sequence, previous) = (head?.Sequence ?? 0, head?.Hash ?? "");
            foreach (var pending in batch)
            {
                sequence++;
                var row = ToRow(pending, sequence, previous);
                db.AuditEvents.Add(row);
                previous = row.Hash;
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private AuditEventRow ToRow(Pending pending, long sequence, string previousHash)
    {
        var record = pending.Record;
        var id = Guid.CreateVersion7(pending.At).ToString("N");
        var json = AuditEventDocument.Write(id, pending.At, _node, record);
        return new AuditEventRow
        {
            Sequence = sequence,
            Id = id,
            Recorded = pending.At,
            Action = record.Action,
            Subtype = record.Subtype,
            Outcome = AuditEventDocument.OutcomeName(record.Outcome),
            Agent = record.Agent,
            Role = record.Role,
            Client = record.Client,
            Entity = record.Entities.Count > 0 ? record.Entities[0].What : null,
            Purpose = record.Purpose,
            Json = json,
            PreviousHash = previousHash,
            Hash = _keys.Seal(_keys.ActiveKeyId, sequence, previousHash, json),
            KeyId = _keys.ActiveKeyId,
        };
    }

    private sealed record Pending(AuditRecord Record, DateTimeOffset At, TaskCompletionSource Done);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not append {Count} audit event(s); the calls that raised them fail")]
    private static partial void LogAppendFailed(ILogger logger, Exception exception, int count);
}
