using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

public abstract partial class HubDbContext
{
    public DbSet<FieldProvenanceRow> FieldProvenance => Set<FieldProvenanceRow>();

    private static void OnProvenanceModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FieldProvenanceRow>(e =>
        {
            e.ToTable("resource_field_provenance");
            e.HasKey(r => new { r.ResourceType, r.ResourceId, r.Path });
            e.Property(r => r.ResourceType).HasMaxLength(64);
            e.Property(r => r.ResourceId).HasMaxLength(64);
            e.Property(r => r.Path).HasMaxLength(128);
            e.Property(r => r.Source).HasMaxLength(32);
        });
    }
}
