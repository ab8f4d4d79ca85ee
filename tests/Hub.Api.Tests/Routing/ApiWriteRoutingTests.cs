using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Security;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Routing;

/// <summary>
/// Issue 4: a record the coordinator writes through the resource API (origin <c>hub</c>) reaches the partners its
/// routes name, queued in the write's own transaction; a refused write queues nothing; an unchanged PUT queues nothing.
/// </summary>
public abstract class ApiWriteRoutingTests(HubApiFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDbContext>().Outbox.ExecuteDeleteAsync();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_HousingPlacementThroughApi_QueuedOnceForEachRoutedPartnerWithOriginHub()
    {
        var person = await CareRecords.CreateAsync(_client, CareRecords.Person("Denis"));
        var household = await CareRecords.CreateAsync(_client, CareRecords.Household(person));

        var placement = await CareRecords.CreateAsync(_client, Placement(household, "active"));

        var outbox = await OutboxAsync();
        var entries = outbox.Where(o => o.ResourceId == placement).ToList();
        // Default routes: entree-logement-vers-solis and logement-vers-siao both listen to the hub.
        Assert.Equal(["siao", "solis"], entries.Select(e => e.Target).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("hub", 1L, "pending"), (e.Origin, e.ResourceVersion, e.Status)));
        Assert.DoesNotContain(outbox, o => o.ResourceType is "Person" or "Household");
    }

    [Fact]
    public async Task Update_SameContentAgain_QueuesNothingNew()
    {
        var household = await CareRecords.CreateAsync(_client, CareRecords.Household(await CareRecords.CreateAsync(_client, CareRecords.Person("Eva"))));
        var placement = await CareRecords.CreateAsync(_client, Placement(household, "active"));
        var before = (await OutboxAsync()).Count;
        var body = Placement(household, "active");
        body["id"] = placement;

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/HousingPlacement/{placement}") { Content = TestFhir.Json(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\"", isWeak: true));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, (await OutboxAsync()).Count);
    }

    [Fact]
    public async Task Create_InvalidHousingPlacement_Returns422AndQueuesNothing()
    {
        var invalid = Placement("m-0001", "not-a-status");

        using var response = await _client.PostAsync("/api/HousingPlacement", TestFhir.Json(invalid));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(await OutboxAsync());
    }

    private static JsonObject Placement(string household, string status) => new()
    {
        ["resourceType"] = "HousingPlacement",
        ["household"] = new JsonObject { ["reference"] = $"Household/{household}" },
        ["status"] = status,
    };

    private async Task<List<Hub.Storage.Sync.OutboxRow>> OutboxAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Outbox.AsNoTracking().ToListAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteApiWriteRoutingTests(SqliteHubApiFactory factory) : ApiWriteRoutingTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresApiWriteRoutingTests(PostgresHubApiFactory factory) : ApiWriteRoutingTests(factory);
