using System.ComponentModel.DataAnnotations;

namespace Hub.Api.Features.Operations;

/// <summary>Configuration section <c>Hub:Operations</c>: metrics, traces and connector health thresholds.</summary>
public sealed class OperationsOptions : IValidatableObject
{
    public const string SectionName = "Hub:Operations";

    /// <summary>
    /// When set, <c>/metrics</c> is served anonymously on this port only (for a scraper on the cluster's network, the
    /// port never published through the ingress); when unset, <c>/metrics</c> is on the API port and needs an admin token.
    /// </summary>
    [Range(1, 65535)]
    public int? MetricsPort { get; set; }

    /// <summary>How often the gauges (lag, backlog, dead letters, pauses) are recomputed from the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MetricsRefreshInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A stream whose newest change is older than this is lagging (connector health Degraded).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan LagSla { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Per-connector lag SLA, overriding <see cref="LagSla"/> (<c>Hub:Operations:ConnectorLagSla:solis=3.00:00:00</c>).</summary>
    public Dictionary<string, TimeSpan> ConnectorLagSla { get; set; } = new(StringComparer.Ordinal);

    public OtlpOptions Otlp { get; set; } = new();

    public TimeSpan SlaFor(string connector) => ConnectorLagSla.TryGetValue(connector, out var sla) ? sla : LagSla;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (connector, sla) in ConnectorLagSla.Where(s => s.Value <= TimeSpan.Zero))
        {
            yield return new ValidationResult($"Hub:Operations:ConnectorLagSla:{connector} must be positive (got {sla}).", [nameof(ConnectorLagSla)]);
        }

        if (Otlp.Endpoint is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("Hub:Operations:Otlp:Endpoint must be an absolute URL (http://collector:4317).", [nameof(Otlp)]);
        }
    }
}

/// <summary><c>Hub:Operations:Otlp</c>: where traces and metrics are pushed (an OpenTelemetry collector); off when unset.</summary>
public sealed class OtlpOptions
{
    public Uri? Endpoint { get; set; }

    /// <summary><c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public OpenTelemetry.Exporter.OtlpExportProtocol Protocol { get; set; } = OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
}
