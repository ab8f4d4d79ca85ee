using Hub.Storage;
using Hub.Storage.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Alerts;

/// <summary>Alert rules and incidents, and the wiring of the alerting (<c>Hub:Alerts</c>).</summary>
public static class AlertEndpoints
{
    /// <summary>Incidents listed at most (newest first).</summary>
    public const int MaxIncidents = 500;

    public static IHostApplicationBuilder AddHubAlerts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient(WebhookChannel.ClientName);
        builder.Services.AddSingleton<IAlertChannel, WebhookChannel>();
        builder.Services.AddSingleton<IAlertChannel, EmailChannel>();
        builder.Services.AddScoped<AlertEvaluator>();
        builder.Services.AddHostedService<AlertScheduleInitializer>();
        return builder;
    }

    public static RouteGroupBuilder MapAlertEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/alerts").WithTags("Alerts");
        group.MapGet("/", ListAsync).WithName("alerts_list").WithSummary("Alert rules and incidents (pending, firing, resolved), newest first");
        return group;
    }

    public static async Task<Ok<AlertsView>> ListAsync(string? status, HubDbContext db, IOptionsMonitor<AlertOptions> options, CancellationToken cancellationToken)
    {
        var incidents = db.AlertIncidents.AsNoTracking();
        if (status is not null)
        {
            incidents = incidents.Where(i => i.Status == status);
        }

        var rows = await incidents.OrderByDescending(i => i.ConditionSince).Take(MaxIncidents).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AlertsView([.. options.CurrentValue.ActiveRules], [.. rows.Select(View)]));
    }

    private static IncidentView View(AlertIncidentRow row) =>
        new(row.Id, row.Rule, row.Kind, row.Severity, row.Subject, row.Status, row.Summary, row.ConditionSince, row.FiredAt, row.ResolvedAt,
            row.LastEvaluatedAt, row.Deliveries.Split(' ', StringSplitOptions.RemoveEmptyEntries), row.DeliveryError);
}

public sealed record AlertsView(IReadOnlyList<AlertRule> Rules, IReadOnlyList<IncidentView> Incidents);

public sealed record IncidentView(
    string Id, string Rule, string Kind, string Severity, string Subject, string Status, string Summary, DateTimeOffset Since,
    DateTimeOffset? FiredAt, DateTimeOffset? ResolvedAt, DateTimeOffset LastEvaluatedAt, IReadOnlyList<string> Deliveries, string? DeliveryError);
