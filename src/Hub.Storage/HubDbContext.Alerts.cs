using Hub.Storage.Operations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

public abstract partial class HubDbContext
{
    public DbSet<AlertIncidentRow> AlertIncidents => Set<AlertIncidentRow>();

    private static void OnAlertsModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AlertIncidentRow>(e =>
        {
            e.ToTable("alert_incidents");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Rule).HasMaxLength(128);
            e.Property(r => r.Subject).HasMaxLength(128);
            e.Property(r => r.Kind).HasMaxLength(32);
            e.Property(r => r.Severity).HasMaxLength(16);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.Summary).HasMaxLength(1024);
            e.Property(r => r.Deliveries).HasMaxLength(256);
            e.Property(r => r.DeliveryError).HasMaxLength(1024);
            e.HasIndex(r => new { r.Rule, r.Subject, r.Status });
            e.HasIndex(r => new { r.Status, r.ConditionSince });
        });
    }
}
