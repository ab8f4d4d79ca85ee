using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;
using Hub.Archive;
using Hub.Audit;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Issue 6, audit: every call that reaches personal data or operates the hub leaves one FHIR AuditEvent (who, role,
/// client, action, entity, purpose, outcome, time, address), refused calls included; admins query them; the chain is
/// sealed link by link and exported to the archive with a checkpoint.
/// </summary>
public abstract class AuditTrailTests(HubApiFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _writer = factory.CreateClient();
    private string _household = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        var person = await CareRecords.CreateAsync(_writer, CareRecords.Person("Alice"));
        _household = await CareRecords.CreateAsync(_writer, CareRecords.Household(person));
        await CareRecords.CreateAsync(_writer, CareRecords.Accompaniment(_household, "agent-audit"));
    }

    public Task DisposeAsync()
    {
        _writer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Read_CareRecordAsReferent_RecordsWhoWhatWhyAndOutcome()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-audit", organisation: "cd68");
        referent.DefaultRequestHeaders.Add(RequestAudit.PurposeHeader, "coordination");

        using var response = await referent.GetAsync($"/api/Household/{_household}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = Assert.Single(await EventsAsync($"entity=Household/{_household}&agent=agent-audit"));
        Assert.Equal("AuditEvent", audit["resourceType"]!.GetValue<string>());
        Assert.Equal("R", audit["action"]!.GetValue<string>());
        Assert.Equal("read", audit["code"]!["coding"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("0", audit["outcome"]!["code"]!["code"]!.GetValue<string>());
        Assert.Equal("coordination", audit["authorization"]![0]!["coding"]![0]!["code"]!.GetValue<string>());
        var agent = audit["agent"]![0]!;
        Assert.Equal("agent-audit", agent["who"]!["identifier"]!["value"]!.GetValue<string>());
        Assert.Equal(HubRoles.Referent, agent["role"]![0]!["coding"]![0]!["code"]!.GetValue<string>());
        Assert.True(agent["requestor"]!.GetValue<bool>());
        Assert.Equal($"Household/{_household}", audit["entity"]![0]!["what"]!["reference"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(audit["recorded"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Call_RefusedByPolicy_RecordedAsDenied()
    {
        using var observatory = CareRecords.ClientAs(factory, HubRoles.Observatory, "observatoire-1");

        using var response = await observatory.GetAsync($"/api/Household/{_household}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var audit = Assert.Single(await EventsAsync($"entity=Household/{_household}&agent=observatoire-1"));
        Assert.Equal("4", audit["outcome"]!["code"]!["code"]!.GetValue<string>());
        Assert.Equal("HTTP 403", audit["outcome"]!["detail"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Call_WithoutToken_RecordedAsDeniedAnonymous()
    {
        using var anonymous = factory.Server.CreateClient();
        var marker = Guid.NewGuid().ToString("N");

        using var response = await anonymous.GetAsync($"/api/Household/{marker}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var audit = Assert.Single(await EventsAsync($"entity=Household/{marker}"));
        Assert.Equal("anonymous", audit["agent"]![0]!["who"]!["identifier"]!["value"]!.GetValue<string>());
        Assert.Equal("4", audit["outcome"]!["code"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_AsCoordinator_RecordsTheQueryAndTheReturnedRecords()
    {
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-search");

        using var response = await coordinator.GetAsync("/api/Household?_count=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = Assert.Single(await EventsAsync("agent=coordination-search"));
        Assert.Equal("search", audit["code"]!["coding"]![0]!["code"]!.GetValue<string>());
        var entities = audit["entity"]!.AsArray();
        var query = entities.Single(e => e!["role"]!["coding"]![0]!["code"]!.GetValue<string>() == AuditEntityRoles.Query)!;
        Assert.Equal("?_count=10", Encoding.UTF8.GetString(Convert.FromBase64String(query["query"]!.GetValue<string>())));
        Assert.Contains(entities, e => e!["what"]!["reference"]!.GetValue<string>() == $"Household/{_household}"
            && e["role"]!["coding"]![0]!["code"]!.GetValue<string>() == AuditEntityRoles.Returned);
    }

    [Fact]
    public async Task Write_AsCoordinator_RecordedAsCreate()
    {
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-writer");

        var person = await CareRecords.CreateAsync(coordinator, CareRecords.Person("Bruno"));

        var audit = Assert.Single(await EventsAsync("agent=coordination-writer"));
        Assert.Equal("C", audit["action"]!.GetValue<string>());
        Assert.Equal($"Person/{person}", audit["entity"]![0]!["what"]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdminAction_ReadingTheAuditTrail_IsItselfAudited()
    {
        using var admin = CareRecords.ClientAs(factory, HubRoles.Admin, "admin-reader");

        using var first = await admin.GetAsync("/api/audit?_count=1");
        var page = await EventsAsync("agent=admin-reader", admin);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(page, e => e["code"]!["coding"]![0]!["code"]!.GetValue<string>() == "audit_list"
            && e["authorization"]![0]!["coding"]![0]!["code"]!.GetValue<string>() == RequestAudit.OperationsPurpose);
    }

    [Fact]
    public async Task List_BadPaging_Returns400()
    {
        using var admin = CareRecords.ClientAs(factory, HubRoles.Admin, "admin-paging");

        using var response = await admin.GetAsync("/api/audit?_count=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ConcurrentCalls_ManyReaders_ChainStaysContiguousAndVerifies()
    {
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-burst");
        var before = await CountAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => coordinator.GetAsync($"/api/Household/{_household}")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Array.ForEach(answers, a => a.Dispose());
        Assert.True(await CountAsync() >= before + 60);
        using var admin = CareRecords.ClientAs(factory, HubRoles.Admin, "admin-verify");
        var verification = await admin.GetFromJsonAsync<JsonObject>("/api/audit/verify");
        Assert.True(verification!["valid"]!.GetValue<bool>(), verification.ToJsonString());
    }

    [Fact]
    public async Task Export_NewEvents_ArchivedAsSealedNdjsonWithACheckpointOfTheHead()
    {
        using var admin = CareRecords.ClientAs(factory, HubRoles.Admin, "admin-export");
        using var read = await admin.GetAsync("/api/audit?_count=1");

        using var response = await admin.PostAsync("/api/audit/export", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(result["events"]!.GetValue<int>() > 0);
        var file = result["files"]!.AsArray()[^1]!;
        await using var scope = factory.Services.CreateAsyncScope();
        var archived = await scope.ServiceProvider.GetRequiredService<IPayloadArchive>().GetAsync(file["archiveKey"]!.GetValue<string>(), CancellationToken.None);
        var lines = Encoding.UTF8.GetString(archived!).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lastLine = JsonNode.Parse(lines[^1])!;
        Assert.Equal(file["toSequence"]!.GetValue<long>(), lastLine["sequence"]!.GetValue<long>());
        Assert.Equal(file["headHash"]!.GetValue<string>(), lastLine["hash"]!.GetValue<string>());
        Assert.Equal("AuditEvent", JsonNode.Parse(lastLine["event"]!.GetValue<string>())!["resourceType"]!.GetValue<string>());
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.True(await db.AuditExports.AnyAsync(e => e.ToSequence == file["toSequence"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Update_AuditRowThroughTheHubsConnection_RefusedByTheDatabase()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.Agent, "someone-else")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEvents.Where(e => e.Sequence == 1).ExecuteDeleteAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AuditEvents.CountAsync();
    }

    private async Task<List<JsonObject>> EventsAsync(string filter, HttpClient? client = null)
    {
        using var admin = client is null ? CareRecords.ClientAs(factory, HubRoles.Admin, "admin-query") : null;
        var page = await (client ?? admin!).GetFromJsonAsync<JsonObject>($"/api/audit?{filter}&_count=1000");
        return [.. page!["events"]!.AsArray().Select(e => e!["event"]!.AsObject())];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuditTrailTests(SqliteHubApiFactory factory) : AuditTrailTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditTrailTests(PostgresHubApiFactory factory) : AuditTrailTests(factory);
