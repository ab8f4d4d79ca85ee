using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;
using Hub.Audit;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Issue 6, audit chain: whoever gets past the append-only triggers (a DBA, a restored backup) and edits, deletes,
/// reorders or cuts off events is caught by the verification endpoint and by the <c>audit verify</c> command. Each
/// test tampers with a hub of its own.
/// </summary>
public abstract class AuditChainTamperTests : IAsyncLifetime
{
    private HubApiFactory _hub = null!;

    protected abstract HubApiFactory CreateHub();

    /// <summary>What a privileged operator would do first: take the append-only guard off.</summary>
    protected abstract string DisableGuardSql { get; }

    public async Task InitializeAsync()
    {
        _hub = CreateHub();
        await _hub.InitializeAsync();
        using var coordinator = CareRecords.ClientAs(_hub, HubRoles.Coordinator, "coordination-tamper");
        var person = await CareRecords.CreateAsync(coordinator, CareRecords.Person("Chloé"));
        for (var i = 0; i < 6; i++)
        {
            // Times that are not round: the sealed JSON and the indexed column must keep the same instant on both engines.
            _hub.Clock.Advance(TimeSpan.FromTicks(1_234_567));
            using var read = await coordinator.GetAsync($"/api/Person/{person}");
        }
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Verify_UntouchedChain_ValidEndpointAndCommandExitZero()
    {
        var verification = await VerifyAsync();

        Assert.True(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
        Assert.True(verification["events"]!.GetValue<long>() >= 7);
        Assert.Equal(0, await CommandAsync("verify"));
    }

    [Fact]
    public async Task Verify_EventContentEdited_ReportsEditedAtThatEvent()
    {
        await TamperAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE audit_events SET \"Json\" = REPLACE(\"Json\", 'coordination-tamper', 'someone-else') WHERE \"Sequence\" = 3"));

        var verification = await VerifyAsync();

        Assert.False(verification["valid"]!.GetValue<bool>());
        Assert.Contains(Problems(verification), p => p is (3, "edited"));
        Assert.Equal(1, await CommandAsync("verify"));
    }

    [Fact]
    public async Task Verify_FilterColumnEdited_ReportsEdited()
    {
        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Agent\" = 'someone-else' WHERE \"Sequence\" = 4"));

        var verification = await VerifyAsync();

        Assert.Contains(Problems(verification), p => p is (4, "edited"));
    }

    [Fact]
    public async Task Verify_EventDeleted_ReportsTheGapAndTheBrokenLink()
    {
        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events WHERE \"Sequence\" = 3"));

        var verification = await VerifyAsync();

        Assert.Contains(Problems(verification), p => p is (4, "missing"));
        Assert.Contains(Problems(verification), p => p is (4, "broken-link"));
    }

    [Fact]
    public async Task Verify_EventsReordered_ReportsThem()
    {
        // Swap the places of events 2 and 3 (through a free sequence number, the key being unique).
        await TamperAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Sequence\" = -2 WHERE \"Sequence\" = 2");
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Sequence\" = 2 WHERE \"Sequence\" = 3");
            return await db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET \"Sequence\" = 3 WHERE \"Sequence\" = -2");
        });

        var verification = await VerifyAsync();

        Assert.False(verification["valid"]!.GetValue<bool>());
        Assert.Contains(Problems(verification), p => p is (2, "broken-link") or (2, "edited"));
        Assert.Contains(Problems(verification), p => p is (3, "broken-link") or (3, "edited"));
    }

    [Fact]
    public async Task Verify_TailCutAfterAnExport_ReportsTruncated()
    {
        using var admin = CareRecords.ClientAs(_hub, HubRoles.Admin, "admin-tamper");
        using var export = await admin.PostAsync("/api/audit/export", null);
        var head = (await export.Content.ReadFromJsonAsync<JsonObject>())!["files"]!.AsArray()[^1]!["toSequence"]!.GetValue<long>();

        await TamperAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM audit_events WHERE \"Sequence\" >= {head - 1}"));

        var verification = await VerifyAsync();

        Assert.Contains(Problems(verification), p => p.Sequence == head && p.Kind == "truncated");
        Assert.Equal(1, await CommandAsync("verify"));
    }

    private static IEnumerable<(long Sequence, string Kind)> Problems(JsonObject verification) =>
        verification["problems"]!.AsArray().Select(p => (p!["sequence"]!.GetValue<long>(), p["kind"]!.GetValue<string>()));

    private async Task TamperAsync(Func<HubDbContext, Task<int>> change)
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.Database.ExecuteSqlRawAsync(DisableGuardSql);
        await change(db);
    }

    /// <summary>As the verifier reads it, from the database; the verification call itself is appended after the walk.</summary>
    private async Task<JsonObject> VerifyAsync()
    {
        using var admin = CareRecords.ClientAs(_hub, HubRoles.Admin, "admin-verify");
        return (await admin.GetFromJsonAsync<JsonObject>("/api/audit/verify"))!;
    }

    private async Task<int> CommandAsync(string verb)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AuditCommand.RunAsync([verb], _hub.Services, output, error);
        Assert.Contains(code == 0 ? "Audit chain intact" : "Audit chain BROKEN", error.ToString(), StringComparison.Ordinal);
        return code;
    }
}

public sealed class SqliteAuditChainTamperTests : AuditChainTamperTests
{
    protected override HubApiFactory CreateHub() => new SqliteHubApiFactory();

    protected override string DisableGuardSql => "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;";
}

public sealed class PostgresAuditChainTamperTests : AuditChainTamperTests
{
    protected override HubApiFactory CreateHub() => new PostgresHubApiFactory();

    protected override string DisableGuardSql => "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only";
}
