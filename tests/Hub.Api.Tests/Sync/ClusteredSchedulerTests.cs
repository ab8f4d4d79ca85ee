using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Sync.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

using Hub.Testing;

namespace Hub.Api.Tests.Sync;

/// <summary>
/// Production mode of the scheduler: Quartz's ADO.NET job store, clustered, in the hub's PostgreSQL database. Two
/// nodes share one schedule: the tables are created once, both nodes check in, and a stream's job exists once.
/// </summary>
public sealed class ClusteredSchedulerTests : IAsyncLifetime
{
    private readonly string _database = "hub_cluster_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await PostgresServer.CreateDatabaseAsync(_database);

    public async Task DisposeAsync() => await PostgresServer.DropDatabaseAsync(_database);

    [Fact]
    public async Task Start_TwoNodesOnPostgres_ShareOneClusteredSchedule()
    {
        await using var first = new ClusterNode(_connectionString, "node-a");
        await using var second = new ClusterNode(_connectionString, "node-b");
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var ready = await firstClient.GetAsync("/health/ready");
        Assert.True(ready.StatusCode == HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await secondClient.GetAsync("/health/ready")).StatusCode);

        var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.Exists(SyncJobKeys.Stream("siao", "menages")));
        // A node dying mid-run hands the run to another node only if the job asks for recovery.
        Assert.True((await scheduler.GetJobDetail(SyncJobKeys.Stream("siao", "menages")))!.RequestsRecovery);

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var nodes = new NpgsqlCommand("SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state", connection);
        Assert.Equal(2L, (long)(await nodes.ExecuteScalarAsync())!);
        await using var jobs = new NpgsqlCommand("SELECT count(*) FROM qrtz_job_details WHERE job_name = 'siao.menages'", connection);
        Assert.Equal(1L, (long)(await jobs.ExecuteScalarAsync())!);
    }

    private sealed class ClusterNode(string connectionString, string nodeId) : HubApiFactory
    {
        public override string Engine => "Postgres";

        protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [
            new("Hub:Database:Provider", "Postgres"),
            new("Hub:Database:ConnectionString", connectionString),
        ];

        protected override IEnumerable<KeyValuePair<string, string?>> PartnerSettings() =>
        [
            new("Hub:Simulators:Mode", "On"),
            new("Hub:Simulators:Households", "20"),
            new("Hub:Sync:Enabled", "true"),
            new("Hub:Sync:Scheduler", "Postgres"),
            new("Hub:Sync:NodeId", nodeId),
            // Far from now: the test is about the shared schedule, not about runs.
            new("Hub:Connectors:siao:Schedule:Cron", "0 0 3 1 1 ? 2099"),
            new("Hub:Connectors:solis:Schedule:Cron", "0 0 3 1 1 ? 2099"),
            new("Hub:Connectors:caf:Schedule:Cron", "0 0 3 1 1 ? 2099"),
            new("Hub:Connectors:cpam:Schedule:Cron", "0 0 3 1 1 ? 2099"),
        ];
    }
}
