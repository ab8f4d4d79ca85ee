using System.Globalization;
using Hub.Sync.Tests.Infrastructure;

namespace Hub.Sync.Tests.Operations;

/// <summary>A hub (SQLite, simulators) with alert rules, a webhook receiver and an SMTP sink of its own.</summary>
public sealed class AlertsHubFactory : SyncHubFactory
{
    public const string WebhookSecret = "test-webhook-secret-0123456789";
    public const string FailingRule = "siao-failing";
    public const string SilenceRule = "solis-silence";
    public const string DeadLetterRule = "cpam-dead-letters";
    public const string CircuitRule = "siao-circuit";

    public WebhookReceiver Webhook { get; } = new();

    public SmtpSink Smtp { get; } = new();

    public override string Engine => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Hub:Database:Provider", "Sqlite"),
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

[CollectionDefinition(Name)]
public sealed class AlertsCollection : ICollectionFixture<AlertsHubFactory>
{
    public const string Name = "Alerts";
}
