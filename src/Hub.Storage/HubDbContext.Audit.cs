using Hub.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

public abstract partial class HubDbContext
{
    public DbSet<AuditEventRow> AuditEvents => Set<AuditEventRow>();

    public DbSet<AuditExportRow> AuditExports => Set<AuditExportRow>();

    private static void OnAuditModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEventRow>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(r => r.Sequence);

            // The writer assigns the sequence under a lock: it is the chain's order, not a database counter.
            e.Property(r => r.Sequence).ValueGeneratedNever();
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Action).HasMaxLength(1);
            e.Property(r => r.Subtype).HasMaxLength(64);
            e.Property(r => r.Outcome).HasMaxLength(16);
            e.Property(r => r.Agent).HasMaxLength(256);
            e.Property(r => r.Role).HasMaxLength(64);
            e.Property(r => r.Client).HasMaxLength(256);
            e.Property(r => r.Entity).HasMaxLength(300);
            e.Property(r => r.Purpose).HasMaxLength(64);
            e.Property(r => r.PreviousHash).HasMaxLength(64);
            e.Property(r => r.Hash).HasMaxLength(64);
            e.Property(r => r.KeyId).HasMaxLength(64);
            e.HasIndex(r => r.Id).IsUnique();
            e.HasIndex(r => r.Recorded);
            e.HasIndex(r => new { r.Entity, r.Recorded });
            e.HasIndex(r => new { r.Agent, r.Recorded });
        });

        modelBuilder.Entity<AuditExportRow>(e =>
        {
            e.ToTable("audit_exports");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Hash).HasMaxLength(64);
            e.Property(r => r.ArchiveKey).HasMaxLength(64);
            e.HasIndex(r => r.ToSequence).IsUnique();
        });
    }
}
