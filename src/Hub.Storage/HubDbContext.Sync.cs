using Hub.Storage.Sync;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

public abstract partial class HubDbContext
{
    private static void OnSyncModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SyncCursorRow>(e =>
        {
            e.ToTable("sync_cursors");
            e.HasKey(r => new { r.Connector, r.Stream });
            e.Property(r => r.Connector).HasMaxLength(32);
            e.Property(r => r.Stream).HasMaxLength(64);
            e.Property(r => r.Cursor).HasMaxLength(1024);
        });

        modelBuilder.Entity<SyncRunRow>(e =>
        {
            e.ToTable("sync_runs");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Connector).HasMaxLength(32);
            e.Property(r => r.Stream).HasMaxLength(64);
            e.Property(r => r.Trigger).HasMaxLength(16);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.Error).HasMaxLength(2048);
            e.Property(r => r.Node).HasMaxLength(128);
            e.HasIndex(r => new { r.Connector, r.Stream, r.StartedAt });
            e.HasIndex(r => r.StartedAt);
        });

        modelBuilder.Entity<SourceLinkRow>(e =>
        {
            e.ToTable("source_links");
            e.HasKey(r => new { r.SourceSystem, r.RecordKind, r.SourceId });
            e.Property(r => r.SourceSystem).HasMaxLength(32);
            e.Property(r => r.RecordKind).HasMaxLength(64);
            e.Property(r => r.SourceId).HasMaxLength(128);
            e.Property(r => r.ContentHash).HasMaxLength(64);
            e.Property(r => r.ArchiveKey).HasMaxLength(64);
        });

        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Target).HasMaxLength(32);
            e.Property(r => r.Kind).HasMaxLength(64);
            e.Property(r => r.ResourceType).HasMaxLength(64);
            e.Property(r => r.ResourceId).HasMaxLength(64);
            e.Property(r => r.Origin).HasMaxLength(32);
            e.Property(r => r.Rule).HasMaxLength(128);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.LastError).HasMaxLength(2048);
            e.HasIndex(r => new { r.Status, r.NextAttemptAt });
            // One delivery per target, kind and resource version: a replayed page never queues a second push.
            e.HasIndex(r => new { r.Target, r.Kind, r.ResourceType, r.ResourceId, r.ResourceVersion }).IsUnique();
        });

        modelBuilder.Entity<DeadLetterRow>(e =>
        {
            e.ToTable("dead_letters");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Direction).HasMaxLength(16);
            e.Property(r => r.Connector).HasMaxLength(32);
            e.Property(r => r.Stream).HasMaxLength(64);
            e.Property(r => r.SourceId).HasMaxLength(128);
            e.Property(r => r.Reason).HasMaxLength(4096);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.OutboxId).HasMaxLength(64);
            e.Property(r => r.ArchiveKey).HasMaxLength(64);
            e.HasIndex(r => new { r.Status, r.Connector, r.CreatedAt });
        });

        modelBuilder.Entity<InboundRequestRow>(e =>
        {
            e.ToTable("inbound_requests");
            e.HasKey(r => new { r.System, r.IdempotencyKey });
            e.Property(r => r.System).HasMaxLength(32);
            e.Property(r => r.IdempotencyKey).HasMaxLength(128);
            e.Property(r => r.TrackingId).HasMaxLength(64);
            e.Property(r => r.RequestHash).HasMaxLength(64);
        });

        modelBuilder.Entity<ConnectorStateRow>(e =>
        {
            e.ToTable("connector_states");
            e.HasKey(r => r.Connector);
            e.Property(r => r.Connector).HasMaxLength(32);
            e.Property(r => r.PausedReason).HasMaxLength(512);
            e.Property(r => r.LastError).HasMaxLength(2048);
        });

        modelBuilder.Entity<ConflictRow>(e =>
        {
            e.ToTable("conflicts");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.ResourceType).HasMaxLength(64);
            e.Property(r => r.ResourceId).HasMaxLength(64);
            e.Property(r => r.Path).HasMaxLength(256);
            e.Property(r => r.KeptSource).HasMaxLength(32);
            e.Property(r => r.OtherSource).HasMaxLength(32);
            e.Property(r => r.Rule).HasMaxLength(160);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.ResolvedBy).HasMaxLength(128);
            e.HasIndex(r => new { r.ResourceType, r.ResourceId, r.Path, r.Status });
            e.HasIndex(r => new { r.Status, r.DetectedAt });
        });
    }
}
