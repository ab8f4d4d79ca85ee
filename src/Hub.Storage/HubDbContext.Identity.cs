using Hub.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

public abstract partial class HubDbContext
{
    public DbSet<IdentityDecisionRow> IdentityDecisions => Set<IdentityDecisionRow>();

    private static void OnIdentityModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityDecisionRow>(e =>
        {
            e.ToTable("identity_decisions");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.Kind).HasMaxLength(16);
            e.Property(r => r.LeftPersonId).HasMaxLength(64);
            e.Property(r => r.LeftIdentifier).HasMaxLength(520);
            e.Property(r => r.RightPersonId).HasMaxLength(64);
            e.Property(r => r.RightIdentifier).HasMaxLength(520);
            e.Property(r => r.RightSource).HasMaxLength(32);
            e.Property(r => r.Actor).HasMaxLength(256);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.RelatedDecisionId).HasMaxLength(64);
            e.HasIndex(r => new { r.Kind, r.Status, r.DecidedAt });
            e.HasIndex(r => r.LeftPersonId);
            e.HasIndex(r => r.RightPersonId);
        });
    }
}
