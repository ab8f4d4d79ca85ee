using Hub.Storage.Entities;
using Hub.Storage.Sync;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

/// <summary>
/// The hub's store. One model for both providers; each provider has its own derived context so that it owns its
/// migrations (SQLite and PostgreSQL differ in types and DDL).
/// </summary>
public abstract partial class HubDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ResourceRow> Resources => Set<ResourceRow>();

    public DbSet<ResourceVersionRow> ResourceVersions => Set<ResourceVersionRow>();

    public DbSet<IdentifierRow> Identifiers => Set<IdentifierRow>();

    public DbSet<HouseholdMemberRow> HouseholdMembers => Set<HouseholdMemberRow>();

    public DbSet<TimelineEventRow> TimelineEvents => Set<TimelineEventRow>();

    public DbSet<ResourceReferenceRow> References => Set<ResourceReferenceRow>();

    public DbSet<ArchiveEntryRow> ArchiveEntries => Set<ArchiveEntryRow>();

    public DbSet<SyncCursorRow> SyncCursors => Set<SyncCursorRow>();

    public DbSet<SyncRunRow> SyncRuns => Set<SyncRunRow>();

    public DbSet<SourceLinkRow> SourceLinks => Set<SourceLinkRow>();

    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    public DbSet<DeadLetterRow> DeadLetters => Set<DeadLetterRow>();

    public DbSet<InboundRequestRow> InboundRequests => Set<InboundRequestRow>();

    public DbSet<ConflictRow> Conflicts => Set<ConflictRow>();

    public DbSet<ConnectorStateRow> ConnectorStates => Set<ConnectorStateRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ResourceRow>(e =>
        {
            e.ToTable("resources");
            e.HasKey(r => new { r.ResourceType, r.Id });
            e.Property(r => r.ResourceType).HasMaxLength(64);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.VersionId).IsConcurrencyToken();
            e.Property(r => r.Source).HasMaxLength(256);
            e.HasIndex(r => new { r.ResourceType, r.LastUpdated });
        });

        modelBuilder.Entity<ResourceVersionRow>(e =>
        {
            e.ToTable("resource_versions");
            e.HasKey(r => new { r.ResourceType, r.Id, r.VersionId });
            e.Property(r => r.ResourceType).HasMaxLength(64);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Operation).HasMaxLength(16);
            e.Property(r => r.Source).HasMaxLength(256);
        });

        modelBuilder.Entity<IdentifierRow>(e =>
        {
            e.ToTable("resource_identifiers");
            e.HasKey(r => new { r.ResourceType, r.ResourceId, r.System, r.Value });
            e.Property(r => r.ResourceType).HasMaxLength(64);
            e.Property(r => r.ResourceId).HasMaxLength(64);
            e.Property(r => r.System).HasMaxLength(256);
            e.Property(r => r.Value).HasMaxLength(256);
            e.HasIndex(r => new { r.System, r.Value });

            // One identifier value of one system names one resource of a type: a second Person with the same NIR or
            // SI-SIAO id is a duplicate to resolve, never a silent second copy.
            e.HasIndex(r => new { r.ResourceType, r.System, r.Value }).IsUnique();
        });

        modelBuilder.Entity<HouseholdMemberRow>(e =>
        {
            e.ToTable("household_members");
            e.HasKey(r => new { r.HouseholdId, r.Ordinal });
            e.Property(r => r.HouseholdId).HasMaxLength(64);
            e.Property(r => r.PersonId).HasMaxLength(64);
            e.Property(r => r.Role).HasMaxLength(64);
            e.Property(r => r.PeriodStart).HasMaxLength(32);
            e.Property(r => r.PeriodEnd).HasMaxLength(32);
            e.HasIndex(r => r.PersonId);
        });

        modelBuilder.Entity<TimelineEventRow>(e =>
        {
            e.ToTable("timeline_events");
            e.HasKey(r => r.EventId);
            e.Property(r => r.EventId).HasMaxLength(64);
            e.Property(r => r.HouseholdId).HasMaxLength(64);
            e.Property(r => r.PersonId).HasMaxLength(64);
            e.Property(r => r.SourceSystem).HasMaxLength(32);
            e.Property(r => r.EventType).HasMaxLength(128);
            e.HasIndex(r => new { r.HouseholdId, r.OccurredAt });
            e.HasIndex(r => new { r.PersonId, r.OccurredAt });
        });

        modelBuilder.Entity<ResourceReferenceRow>(e =>
        {
            e.ToTable("resource_references");
            e.HasKey(r => new { r.SourceType, r.SourceId, r.Path, r.TargetType, r.TargetId });
            e.Property(r => r.SourceType).HasMaxLength(64);
            e.Property(r => r.SourceId).HasMaxLength(64);
            e.Property(r => r.Path).HasMaxLength(128);
            e.Property(r => r.TargetType).HasMaxLength(64);
            e.Property(r => r.TargetId).HasMaxLength(300);
            e.HasIndex(r => new { r.TargetType, r.TargetId, r.SourceType });
        });

        modelBuilder.Entity<ArchiveEntryRow>(e =>
        {
            e.ToTable("archive_entries");
            e.HasKey(r => r.Key);
            e.Property(r => r.Key).HasMaxLength(64);
            e.Property(r => r.ContentType).HasMaxLength(128);
            e.Property(r => r.KeyId).HasMaxLength(64);
            e.HasIndex(r => r.ArchivedAt);
        });

        OnSyncModelCreating(modelBuilder);
        OnAuditModelCreating(modelBuilder);
        OnProvenanceModelCreating(modelBuilder);
        OnAlertsModelCreating(modelBuilder);
        OnIdentityModelCreating(modelBuilder);
    }
}
