using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Health;

public abstract class HostTests(HubApiFactory factory)
{
    [Fact]
    public async Task HealthReady_DatabaseUp_Returns200()
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryResourceType()
    {
        using var client = factory.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var type in new[] { "Person", "Household", "Accompaniment", "Orientation", "HousingPlacement", "RightsStatus", "TimelineEvent", "Consent" })
        {
            Assert.Contains($"/api/{type}/{{id}}/_history/{{versionId}}", paths);
        }

        var create = document["paths"]!["/api/Person"]!["post"]!;
        Assert.NotNull(create["requestBody"]!["content"]!["application/fhir+json"]);
    }

    [Fact]
    public async Task ApiReference_Page_IsServed()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHostTests(SqliteHubApiFactory factory) : HostTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresHubApiFactory factory) : HostTests(factory);

/// <summary>The embedded store's file mode: readers must not wait for the audit's or a sync's commits.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteJournalTests(SqliteHubApiFactory factory)
{
    [Fact]
    public async Task Start_EmbeddedSqlite_FileInWriteAheadLogMode()
    {
        using var client = factory.CreateClient(); // starts the host, which prepares the database
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }
}
