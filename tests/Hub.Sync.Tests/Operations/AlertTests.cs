using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Api.Features.Alerts;
using Hub.Simulators.Faults;
using Hub.Storage.Sync;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;

namespace Hub.Sync.Tests.Operations;

/// <summary>Issue 9: alert rules fire once per incident, recover once, and reach a real webhook (signed) and SMTP server.</summary>
public abstract class AlertTests(AlertsHubFactory factory) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        factory.Webhook.Clear();
        factory.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Evaluate_ConnectorFailsThenRecovers_OneSignedFiringNoticeThenOneRecovery()
    {
        var simulator = factory.Simulator("siao");
        simulator.Faults.Inject("GET /v1/menages", FaultKind.InternalError, count: null);
        var failed = await SyncDriver.RunAsync(factory, "siao", "menages");

        await EvaluateAsync();
        await EvaluateAsync();
        var whileFailing = Notices(AlertsHubFactory.FailingRule);
        var mailsWhileFailing = factory.Smtp.Messages.Count;
        simulator.Faults.Clear();
        var recovered = await SyncDriver.RunAsync(factory, "siao", "menages");
        await EvaluateAsync();
        await EvaluateAsync();

        Assert.Equal(RunStatus.Failed, failed.Status);
        SyncDriver.AssertSucceeded(recovered);
        var firing = Assert.Single(whileFailing);
        Assert.Equal(("firing", "siao", "critical"), (firing.Json["status"]!.GetValue<string>(), firing.Json["subject"]!.GetValue<string>(), firing.Json["severity"]!.GetValue<string>()));
        Assert.Contains("1 failed run(s) in a row", firing.Json["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, mailsWhileFailing);
        var notices = Notices(AlertsHubFactory.FailingRule);
        Assert.Equal(["firing", "resolved"], notices.Select(n => n.Json["status"]!.GetValue<string>()));
        Assert.All(notices, n => AssertSigned(n.Received));
        Assert.Equal(firing.Json["incidentId"]!.GetValue<string>(), notices[1].Json["incidentId"]!.GetValue<string>());
        Assert.Equal($"{notices[1].Json["incidentId"]}:resolved", notices[1].Received.Delivery);
        var mails = factory.Smtp.Messages;
        Assert.Equal(2, mails.Count);
        Assert.Contains("Subject: [LDA Hub] FIRING critical: siao-failing on siao", mails[0], StringComparison.Ordinal);
        Assert.Contains("Subject: [LDA Hub] RESOLVED critical: siao-failing on siao", mails[1], StringComparison.Ordinal);
        var incident = await IncidentAsync(AlertsHubFactory.FailingRule);
        Assert.Equal("resolved", incident["status"]!.GetValue<string>());
        Assert.Equal(["firing:webhook", "firing:email", "resolved:webhook", "resolved:email"], incident["deliveries"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task Evaluate_NoDataFromSolisFor72Hours_SilenceFiresAndNewDataResolvesIt()
    {
        await AddRunAsync("solis", "individus", DateTimeOffset.UtcNow.AddHours(-73), read: 10);

        await EvaluateAsync();
        var silent = Notices(AlertsHubFactory.SilenceRule);
        await AddRunAsync("solis", "individus", DateTimeOffset.UtcNow.AddMinutes(-1), read: 4);
        await EvaluateAsync();

        var notice = Assert.Single(silent);
        Assert.Equal(("firing", "solis"), (notice.Json["status"]!.GetValue<string>(), notice.Json["subject"]!.GetValue<string>()));
        Assert.StartsWith("no data for 3.01:", notice.Json["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["firing", "resolved"], Notices(AlertsHubFactory.SilenceRule).Select(n => n.Json["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Evaluate_WebhookAnswers500_RetriedNextEvaluationAndMailNotRepeated()
    {
        await factory.ExecuteAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                db.DeadLetters.Add(DeadLetterStates.Create(DeadLetterStates.Outbound, "cpam", "saisines", $"S-{i}", "Rejected by partner: test",
                    "{}", DateTimeOffset.UtcNow, null));
            }

            await db.SaveChangesAsync();
        });
        factory.Webhook.FailNext(1);

        await EvaluateAsync();
        var afterFailure = await IncidentAsync(AlertsHubFactory.DeadLetterRule);
        await EvaluateAsync();
        await EvaluateAsync();

        Assert.Equal("firing", afterFailure["status"]!.GetValue<string>());
        Assert.Equal(["firing:email"], afterFailure["deliveries"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.StartsWith("webhook: HttpRequestException", afterFailure["deliveryError"]!.GetValue<string>(), StringComparison.Ordinal);
        var calls = factory.Webhook.Received.Where(r => r.Body.Contains(AlertsHubFactory.DeadLetterRule, StringComparison.Ordinal)).ToList();
        Assert.Equal([true, false], calls.Select(c => c.AnsweredWithError));
        Assert.Single(factory.Smtp.Messages);
        var incident = await IncidentAsync(AlertsHubFactory.DeadLetterRule);
        Assert.Equal(["firing:email", "firing:webhook"], incident["deliveries"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Null(incident["deliveryError"]);
        Assert.Contains("3 open dead letter(s) (threshold 2)", incident["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CircuitOpen_PendingUntilOpenLongerThanItsDurationThenFiresOnce()
    {
        await factory.ExecuteAsync(async db =>
        {
            db.SyncRuns.Add(new SyncRunRow
            {
                Id = "circuit-run", Connector = "siao", Stream = "menages", Trigger = RunTrigger.Scheduled, Status = RunStatus.Failed,
                StartedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow, Error = "Transient: BrokenCircuitException: The circuit is now open",
            });
            await db.SaveChangesAsync();
        });

        await EvaluateAsync();
        var pending = await IncidentAsync(AlertsHubFactory.CircuitRule);
        var noticesWhilePending = Notices(AlertsHubFactory.CircuitRule).Count;
        // Sixteen minutes later, as far as the incident knows: the clock is not the subject here, the hold is.
        await factory.ExecuteAsync(db => db.AlertIncidents.ExecuteUpdateAsync(u => u.SetProperty(i => i.ConditionSince, DateTimeOffset.UtcNow.AddMinutes(-16))));
        await EvaluateAsync();
        await EvaluateAsync();

        Assert.Equal("pending", pending["status"]!.GetValue<string>());
        Assert.Equal(0, noticesWhilePending);
        var notice = Assert.Single(Notices(AlertsHubFactory.CircuitRule));
        Assert.Equal(("firing", "siao"), (notice.Json["status"]!.GetValue<string>(), notice.Json["subject"]!.GetValue<string>()));
        Assert.Equal("firing", (await IncidentAsync(AlertsHubFactory.CircuitRule))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetAlerts_NoToken_Returns401()
    {
        using var sut = ObservabilityTests.Anonymous(factory.CreateClient());

        using var response = await sut.GetAsync(new Uri("/api/alerts", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task EvaluateAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAsync(CancellationToken.None);
    }

    private Task AddRunAsync(string connector, string stream, DateTimeOffset finished, int read) => factory.ExecuteAsync(async db =>
    {
        db.SyncRuns.Add(new SyncRunRow
        {
            Id = Guid.NewGuid().ToString("N"), Connector = connector, Stream = stream, Trigger = RunTrigger.Scheduled, Status = RunStatus.Succeeded,
            StartedAt = finished.AddSeconds(-5), FinishedAt = finished, Pages = 1, RecordsRead = read, RecordsWritten = read,
        });
        await db.SaveChangesAsync();
    });

    private async Task<JsonNode> IncidentAsync(string rule)
    {
        using var client = factory.CreateClient();
        var view = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/alerts", UriKind.Relative)))!;
        Assert.Contains(view["rules"]!.AsArray(), r => r!["name"]!.GetValue<string>() == rule);
        return Assert.Single(view["incidents"]!.AsArray(), i => i!["rule"]!.GetValue<string>() == rule)!;
    }

    private List<(ReceivedWebhook Received, JsonNode Json)> Notices(string rule) =>
        [.. factory.Webhook.Received.Where(r => !r.AnsweredWithError).Select(r => (r, JsonNode.Parse(r.Body)!)).Where(n => n.Item2["rule"]!.GetValue<string>() == rule)];

    /// <summary>Checked the way a receiver would, without the hub's code: HMAC-SHA256 over "{timestamp}.{body}".</summary>
    private static void AssertSigned(ReceivedWebhook received)
    {
        var timestamp = long.Parse(received.Timestamp, CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp, 0, 300);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AlertsHubFactory.WebhookSecret), Encoding.UTF8.GetBytes($"{received.Timestamp}.{received.Body}")));
        Assert.Equal(expected, received.Signature);
    }
}

[Collection(SqliteAlertsCollection.Name)]
public sealed class SqliteAlertTests(SqliteAlertsHubFactory factory) : AlertTests(factory);

[Collection(PostgresAlertsCollection.Name)]
public sealed class PostgresAlertTests(PostgresAlertsHubFactory factory) : AlertTests(factory);
