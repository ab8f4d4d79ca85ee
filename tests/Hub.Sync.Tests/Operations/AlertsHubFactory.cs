using System.Globalization;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;

namespace Hub.Sync.Tests.Operations;

/// <summary>A hub (simulators) with alert rules, a webhook receiver and an SMTP sink of its own; one per engine.</summary>
public abstract class AlertsHubFactory : SyncHubFactory
{
    public const string WebhookSecret = "test-webhook-secret-0123456789";
    public const string FailingRule = "siao-failing";
    public const string SilenceRule = "solis-silence";
    public const string DeadLetterRule = "cpam-dead-letters";
    public const string CircuitRule = "siao-circuit";

    public WebhookReceiver Webhook { get; } = new();

    public SmtpSink Smtp { get; } = new();

    protected abstract IEnumerable<KeyValuePair<string, string?>> EngineSettings();

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        .. EngineSettings(),
        // Tests evaluate explicitly: the scheduled evaluation fires once at start, then a day later.
        new("Hub:Alerts:EvaluationInterval", "1.00:00:00"),
        new($"Hub:Alerts:Rules:{FailingRule}:Kind", "ConnectorFailing"),
        new($"Hub:Alerts:Rules:{FailingRule}:Connector", "siao"),
        new($"Hub:Alerts:Rules:{FailingRule}:Threshold", "1"),
        new($"Hub:Alerts:Rules:{FailingRule}:Severity", "critical"),
        new($"Hub:Alerts:Rules:{SilenceRule}:Kind", "Silence"),
        new($"Hub:Alerts:Rules:{SilenceRule}:Connector", "solis"),
        new($"Hub:Alerts:Rules:{SilenceRule}:Duration", "3.00:00:00"),
        new($"Hub:Alerts:Rules:{DeadLetterRule}:Kind", "DeadLetters"),
        new($"Hub:Alerts:Rules:{DeadLetterRule}:Connector", "cpam"),
        new($"Hub:Alerts:Rules:{DeadLetterRule}:Threshold", "2"),
        new($"Hub:Alerts:Rules:{CircuitRule}:Kind", "CircuitOpen"),
        new($"Hub:Alerts:Rules:{CircuitRule}:Connector", "siao"),
        new($"Hub:Alerts:Rules:{CircuitRule}:Duration", "00:15:00"),
        new("Hub:Alerts:Webhook:Url", Webhook.Url.ToString()),
        new("Hub:Alerts:Webhook:Secret", WebhookSecret),
        new("Hub:Alerts:Email:Host", "127.0.0.1"),
        new("Hub:Alerts:Email:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture)),
        new("Hub:Alerts:Email:Security", "None"),
        new("Hub:Alerts:Email:From", "lda-hub@example.test"),
        new("Hub:Alerts:Email:To:0", "astreinte@example.test"),
    ];

    public override async Task InitializeAsync()
    {
        await Webhook.StartAsync();
        Smtp.Start();
        await base.InitializeAsync();
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await Webhook.DisposeAsync();
        Smtp.Dispose();
    }
}

public sealed class SqliteAlertsHubFactory : AlertsHubFactory
{
    public override string Engine => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> EngineSettings() => [new("Hub:Database:Provider", "Sqlite")];
}

/// <summary>Incidents on the production engine: a fresh database on the real PostgreSQL server.</summary>
public sealed class PostgresAlertsHubFactory : AlertsHubFactory
{
    private readonly string _database = "hub_alerts_test_" + Guid.NewGuid().ToString("N");
    private string? _connectionString;

    public override string Engine => "Postgres";

    protected override IEnumerable<KeyValuePair<string, string?>> EngineSettings() =>
    [
        new("Hub:Database:Provider", "Postgres"),
        new("Hub:Database:ConnectionString", _connectionString ?? throw new InvalidOperationException("Database not created yet.")),
    ];

    public override async Task InitializeAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync(_database);
        await base.InitializeAsync();
    }

    protected override async Task DisposeDatabaseAsync()
    {
        await base.DisposeDatabaseAsync();
        if (_connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_database);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteAlertsCollection : ICollectionFixture<SqliteAlertsHubFactory>
{
    public const string Name = "Alerts on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresAlertsCollection : ICollectionFixture<PostgresAlertsHubFactory>
{
    public const string Name = "Alerts on PostgreSQL";
}
