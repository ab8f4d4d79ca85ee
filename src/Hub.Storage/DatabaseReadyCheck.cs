using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

/// <summary>Whether the store answers a query (used by <c>/health/ready</c>).</summary>
public static class DatabaseReadyCheck
{
    public static async Task<bool> IsReadyAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            // A real query, not only a connection: it also proves the migrations ran.
            _ = await db.Resources.AsNoTracking().AnyAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }
}
