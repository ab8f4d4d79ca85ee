using Hub.Storage;
using Hub.Sync.Consent;
using Hub.Sync.DeadLetters;
using Hub.Sync.Health;
using Hub.Sync.Inbound;
using Hub.Sync.Outbox;
using Hub.Sync.Pipeline;
using Hub.Sync.Retention;
using Hub.Sync.Routing;
using Hub.Sync.Runs;
using Hub.Sync.Scheduling;
using Hub.Sync.Survivorship;
using Hub.Sync.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>
    /// The sync engine: page pipeline, stream runner, outbox dispatcher, Quartz (in memory for the embedded default,
    /// ADO.NET clustered on PostgreSQL in production), control and health services.
    /// </summary>
    public static IServiceCollection AddSyncEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.SectionName).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(o =>
            {
                foreach (var (key, route) in o.Routes.Where(r => string.IsNullOrWhiteSpace(r.Value.Name)))
                {
                    route.Name = key;
                }
            });
        var sync = configuration.GetSection(SyncOptions.SectionName).Get<SyncOptions>() ?? new SyncOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<SyncMetrics>();
        // Identity resolution (issue 5): the index of stored persons is shared, the resolver works in the page's scope.
        services.AddOptions<Identity.IdentityOptions>().BindConfiguration(Identity.IdentityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Identity.PersonIndexCache>();
        services.TryAddScoped<IIdentityResolver, Identity.IdentityResolver>();
        services.AddScoped<Identity.IdentityReviews>();
        services.AddScoped<Identity.HouseholdLinking>();
        services.TryAddSingleton<IDeliveryPolicy, ConsentDeliveryPolicy>();
        services.AddSingleton<Router>();
        services.AddScoped<ChangeRouting>();
        services.AddScoped<RetentionPurger>();
        services.AddSingleton(sp => new SurvivorshipRules(sp.GetRequiredService<IOptions<SyncOptions>>().Value.Survivorship));
        services.AddSingleton<MapperRegistry>();
        services.AddScoped<PagePipeline>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<SyncControl>();
        services.AddScoped<SyncHealthService>();
        services.AddScoped<SyncHistoryService>();
        services.AddScoped<DeadLetterReplayer>();
        services.AddScoped<ConflictResolver>();
        services.AddScoped<InboundPushService>();
        services.AddSingleton<StreamRunner>();

        if (sync.Scheduler == SchedulerStore.Postgres)
        {
            if (database.Provider != DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Hub:Sync:Scheduler=Postgres needs Hub:Database:Provider=Postgres (the clustered job store lives in the hub database).");
            }

            services.AddHostedService<QuartzPostgresSchema>();
        }

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "lda-hub";
                scheduler.InstanceId = sync.NodeId ?? $"{Environment.MachineName}-{Environment.ProcessId}";
            });
            if (sync.Scheduler == SchedulerStore.Postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(database.ConnectionString!);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(c => c.CheckinInterval = sync.ClusterCheckinInterval);
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }
        });

        if (sync.Enabled && sync.DispatchOnCommit)
        {
            services.AddSingleton<IOutboxSignal, QuartzOutboxSignal>();
        }
        else
        {
            services.AddSingleton<IOutboxSignal, NoOutboxSignal>();
        }

        if (sync.Enabled)
        {
            services.AddHostedService<SyncScheduleInitializer>();
            services.AddHostedService<RetentionScheduleInitializer>();
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }
}
