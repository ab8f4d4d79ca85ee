using System.ComponentModel.DataAnnotations;
using Hub.Connectors.Core;

namespace Hub.Api.Features.Alerts;

/// <summary>Configuration section <c>Hub:Alerts</c>: rules, how often they are evaluated, where notices go.</summary>
public sealed class AlertOptions : IValidatableObject
{
    public const string SectionName = "Hub:Alerts";

    /// <summary>How often every rule is evaluated (by one node of a cluster at a time).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rules by name, so one can be changed or switched off from the environment (<c>Hub__Alerts__Rules__solis-silence__Enabled=false</c>).</summary>
    public Dictionary<string, AlertRule> Rules { get; set; } = new(StringComparer.Ordinal);

    public WebhookOptions Webhook { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public IEnumerable<AlertRule> ActiveRules => Rules.Where(r => r.Value.Enabled).Select(r => r.Value with { Name = r.Key });

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var connectors = ConnectorCatalog.Modules.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, rule) in Rules)
        {
            var key = $"Hub:Alerts:Rules:{name}";
            if (rule.Connector is { } connector && !connectors.Contains(connector))
            {
                yield return Fail($"{key}:Connector '{connector}' is not a connector (known: {string.Join(", ", connectors.Order(StringComparer.Ordinal))}).");
            }

            if (rule.Stream is not null && rule.Connector is null)
            {
                yield return Fail($"{key}:Stream needs a Connector.");
            }

            if (rule.Kind is AlertKind.ConnectorFailing or AlertKind.DeadLetters && rule.Threshold is not >= 0)
            {
                yield return Fail($"{key}:Threshold is required for {rule.Kind} (failed runs in a row, or open dead letters).");
            }

            if ((rule.Kind is AlertKind.CircuitOpen or AlertKind.Silence && rule.Duration is null) || rule.Duration <= TimeSpan.Zero)
            {
                yield return Fail($"{key}:Duration is required and positive for {rule.Kind} (how long open, or how long without data).");
            }

            if (!AlertSeverity.All.Contains(rule.Severity, StringComparer.Ordinal))
            {
                yield return Fail($"{key}:Severity must be one of {string.Join(", ", AlertSeverity.All)}.");
            }
        }

        if (Webhook.Url is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            yield return Fail("Hub:Alerts:Webhook:Url must be an absolute http(s) URL.");
        }

        if (Webhook.Url is not null && (Webhook.Secret is null || Webhook.Secret.Length < 16))
        {
            yield return Fail("Hub:Alerts:Webhook:Secret (at least 16 characters) is required with a webhook URL: receivers check the signature.");
        }

        if (Email.Host is not null && (Email.From is null || Email.To.Count == 0))
        {
            yield return Fail("Hub:Alerts:Email needs From and at least one To with a Host.");
        }
    }

    private static ValidationResult Fail(string message) => new(message, [nameof(Rules)]);
}

/// <summary>
/// One rule. <see cref="Threshold"/>: failed runs in a row (ConnectorFailing), open dead letters above which it fires
/// (DeadLetters). <see cref="Duration"/>: how long the circuit must stay open (CircuitOpen), how long without data
/// (Silence), the lag SLA (Lag; default <c>Hub:Operations:LagSla</c>). Without <see cref="Connector"/>, the rule
/// watches every connector, each its own incident.
/// </summary>
public sealed record AlertRule
{
    public string Name { get; init; } = "";

    public AlertKind Kind { get; init; }

    public string? Connector { get; init; }

    public string? Stream { get; init; }

    public int? Threshold { get; init; }

    public TimeSpan? Duration { get; init; }

    public string Severity { get; init; } = AlertSeverity.Warning;

    public bool Enabled { get; init; } = true;
}

public enum AlertKind
{
    ConnectorFailing,
    CircuitOpen,
    DeadLetters,
    Silence,
    Lag,
}

public static class AlertSeverity
{
    public const string Warning = "warning";
    public const string Critical = "critical";

    public static IReadOnlyList<string> All { get; } = [Warning, Critical];
}

/// <summary><c>Hub:Alerts:Webhook</c>: notices POSTed as JSON, signed with HMAC-SHA256 over "{timestamp}.{body}".</summary>
public sealed class WebhookOptions
{
    public Uri? Url { get; set; }

    /// <summary>The shared signing secret (environment or secret store only).</summary>
    public string? Secret { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary><c>Hub:Alerts:Email</c>: notices by SMTP.</summary>
public sealed class EmailOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.StartTls;

    public string? Username { get; set; }

    /// <summary>Environment or secret store only.</summary>
    public string? Password { get; set; }

    public string? From { get; set; }

    public List<string> To { get; set; } = [];
}
