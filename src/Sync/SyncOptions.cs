using System.ComponentModel.DataAnnotations;
using Hub.Sync.Routing;
using SurvivorshipValidation = Hub.Sync.Survivorship.SurvivorshipValidation;

namespace Hub.Sync;

/// <summary>Configuration section <c>Hub:Sync</c>.</summary>
public sealed class SyncOptions : IValidatableObject
{
    public const string SectionName = "Hub:Sync";

    /// <summary>Run the scheduled pulls and the outbox dispatcher in this process (off for an API-only node).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory (embedded default: the schedule is rebuilt from configuration at start; cursors, runs, pauses and
    /// the outbox live in the hub database, so nothing is lost) or Postgres (Quartz ADO job store, clustered).</summary>
    public SchedulerStore Scheduler { get; set; } = SchedulerStore.Memory;

    /// <summary>Quartz node id in a cluster (default: machine name + process id).</summary>
    public string? NodeId { get; set; }

    /// <summary>How often a node of the clustered scheduler checks in. A node silent for this long plus Quartz's 7.5 s
    /// grace is taken for dead, and the jobs it was running are run again on another node.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Consecutive failed runs of a stream after which its connector is paused and an alert raised.</summary>
    [Range(1, 1000)]
    public int AutoPauseAfterFailures { get; set; } = 5;

    /// <summary>Delivery attempts of one outbox entry before it becomes a dead letter.</summary>
    [Range(1, 100)]
    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>First delivery retry delay; later ones double, with jitter, up to <see cref="MaxDeliveryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan DeliveryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxDeliveryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the dispatcher looks for due outbox entries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Dispatch as soon as a committed change queued deliveries (the interval stays as the safety net). Off, a
    /// delivery waits for the next interval; tests that dispatch by hand switch it off.</summary>
    public bool DispatchOnCommit { get; set; } = true;

    /// <summary>Run history kept (older runs are purged).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>When the retention purge runs (Quartz cron, UTC): archived payloads past <c>Hub:Archive:Retention</c>,
    /// finished runs, settled outbox entries, closed dead letters and idempotency records past <see cref="RunRetention"/>.</summary>
    [Required]
    public string RetentionCron { get; set; } = "0 15 3 * * ?";

    /// <summary>Routing rules by name, so one rule can be changed or switched off from the environment
    /// (<c>Hub__Sync__Routes__orientation-lda-vers-solis__Enabled=false</c>) without restating the others.</summary>
    public Dictionary<string, RouteRule> Routes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The enabled rules (named after their key at binding, see <c>AddSyncEngine</c>).</summary>
    public IEnumerable<RouteRule> ActiveRoutes => Routes.Values.Where(r => r.Enabled);

    /// <summary>Per-field source priority: <c>Type.field</c> (a top-level property, e.g. <c>Person.birthDate</c>) or
    /// <c>Type.*</c> (every field of the type without its own rule) → sources, most trusted first (connector names or
    /// <c>hub</c>, the resource API). See <see cref="Hub.Sync.Survivorship.SurvivorshipRules"/>.</summary>
    public Dictionary<string, List<string>> Survivorship { get; set; } = new(StringComparer.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (key, route) in Routes)
        {
            if (route.Enabled && (string.IsNullOrWhiteSpace(route.ResourceType) || string.IsNullOrWhiteSpace(route.To) || string.IsNullOrWhiteSpace(route.Kind)))
            {
                yield return new ValidationResult($"Hub:Sync:Routes:{key} needs ResourceType, To and Kind.", [nameof(Routes)]);
            }
        }

        foreach (var failure in SurvivorshipValidation.Validate(Survivorship))
        {
            yield return new ValidationResult(failure, [nameof(Survivorship)]);
        }

        if (!Hub.Audit.Cron.IsValid(RetentionCron))
        {
            yield return new ValidationResult($"Hub:Sync:RetentionCron '{RetentionCron}' is not a valid Quartz cron expression.", [nameof(RetentionCron)]);
        }
    }
}

public enum SchedulerStore
{
    Memory,
    Postgres,
}
