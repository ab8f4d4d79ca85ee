using Hub.Storage;
using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Archive;

/// <summary>The archive index in the hub's database (SQLite or PostgreSQL).</summary>
internal sealed class EfArchiveIndex(IServiceScopeFactory scopes) : IArchiveIndex
{
    public async Task AddAsync(ArchivedPayload payload, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (await db.ArchiveEntries.AnyAsync(e => e.Key == payload.Key, cancellationToken))
        {
            return;
        }

        db.ArchiveEntries.Add(new ArchiveEntryRow
        {
            Key = payload.Key,
            ArchivedAt = archivedAt,
            Size = payload.Size,
            ContentType = payload.ContentType,
            KeyId = payload.KeyId,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer archived the same content at the same moment: one row is all we need.
            db.ChangeTracker.Clear();
            if (!await db.ArchiveEntries.AsNoTracking().AnyAsync(e => e.Key == payload.Key, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task<IReadOnlyList<string>> ExpiredAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await db.ArchiveEntries.AsNoTracking()
            .Where(e => e.ArchivedAt < cutoff && e.ContentType != ArchiveContentTypes.AuditExport)
            .OrderBy(e => e.ArchivedAt)
            .Select(e => e.Key)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task RemoveAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.ArchiveEntries.Where(e => keys.Contains(e.Key)).ExecuteDeleteAsync(cancellationToken);
    }
}
