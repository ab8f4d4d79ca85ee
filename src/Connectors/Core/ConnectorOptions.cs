using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Core;

/// <summary>
/// Settings of one connector, section <c>Hub:Connectors:{name}</c>, split as partners' IT teams think of them:
/// connection (sensitive), paging and limits, resilience, schedule.
/// </summary>
public class ConnectorOptions : IValidatableObject
{
    public const string SectionPrefix = "Hub:Connectors";

    /// <summary>Off keeps the connector registered (its health shows "disabled") without calling the partner.</summary>
    public bool Enabled { get; set; } = true;

    public ConnectionSettings Connection { get; set; } = new();

    public PagingSettings Paging { get; set; } = new();

    public ResilienceSettings Resilience { get; set; } = new();

    public ScheduleSettings Schedule { get; set; } = new();

    public static string SectionFor(string connector) => $"{SectionPrefix}:{connector}";

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        foreach (var part in new object[] { Connection, Paging, Resilience, Schedule })
        {
            Validator.TryValidateObject(part, new ValidationContext(part), results, validateAllProperties: true);
        }

        if (Enabled && Connection.BaseUrl is null)
        {
            results.Add(new ValidationResult("Connection:BaseUrl is required when the connector is enabled.", ["Connection.BaseUrl"]));
        }

        if (Resilience.TotalTimeout <= Resilience.AttemptTimeout)
        {
            results.Add(new ValidationResult("Resilience:TotalTimeout must be longer than Resilience:AttemptTimeout.", ["Resilience.TotalTimeout"]));
        }

        return results;
    }
}

/// <summary>Where and as whom. Secrets come from the environment or a secret store, never from a committed file.</summary>
public sealed class ConnectionSettings
{
    public Uri? BaseUrl { get; set; }

    /// <summary>Bearer token (API Particulier) or OAuth2 client secret. Sensitive: never logged.</summary>
    public string? ApiToken { get; set; }

    /// <summary>API Particulier <c>recipient</c>: the SIRET of the organisation on whose behalf the hub asks.</summary>
    [RegularExpression(@"^\d{14}$", ErrorMessage = "Recipient must be a 14-digit SIRET.")]
    public string? Recipient { get; set; }

    /// <summary>HMAC key for signed pushes (referrals). Sensitive.</summary>
    public string? SigningKey { get; set; }

    public string? SigningKeyId { get; set; }
}

public sealed class PagingSettings
{
    [Range(1, 5000)]
    public int PageSize { get; set; } = 500;
}

/// <summary>One named resilience pipeline per connector: rate limiter, total timeout, retry, circuit breaker, attempt timeout.</summary>
public sealed class ResilienceSettings
{
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait the hub accepts from a Retry-After header before giving up the call.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.020", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Failure ratio over the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    [Range(2, 10000)]
    public int CircuitMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The partner's quota, in requests per second (0 = no local limit).</summary>
    [Range(0, 10000)]
    public int RateLimitPerSecond { get; set; } = 20;
}

public sealed class ScheduleSettings
{
    /// <summary>Quartz cron expression of the incremental pull (default: every 5 minutes).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Cron { get; set; } = "0 0/5 * * * ?";
}
