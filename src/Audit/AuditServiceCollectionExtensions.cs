using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail: keys (checked at start), the chain writer, verification, export and its schedule.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => Cron.IsValid(o.ExportCron), "Hub:Audit:ExportCron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddSingleton(sp => AuditKeyRing.Create(
            sp.GetRequiredService<IOptions<AuditOptions>>(), sp.GetRequiredService<IOptions<Hub.Storage.HubDataOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<AuditWriter>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditWriter>());
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditExporter>();
        services.AddHostedService<AuditKeyCheck>();
        services.AddHostedService<AuditScheduleInitializer>();
        return services;
    }

    /// <summary>Builds the key ring at start, so a hub without its audit key refuses to start instead of failing its first request.</summary>
    private sealed class AuditKeyCheck(AuditKeyRing keys) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = keys.ActiveKeyId;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
