using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Resources;

/// <summary>Every published example of a stored resource type is accepted by the API and read back unchanged.</summary>
public abstract class ExampleResourceTests(HubApiFactory factory) : IAsyncLifetime
{
    private static readonly string[] MessageTypes = ["Bundle", "OperationOutcome"];

    public static TheoryData<string> Examples()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "examples");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var type = Path.GetFileName(Path.GetDirectoryName(file))!;
            if (!MessageTypes.Contains(type))
            {
                data.Add(Path.GetRelativePath(root, file));
            }
        }

        return data;
    }

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Create_PublishedExample_IsStoredAndReadBackWithSameContent(string example)
    {
        using var client = factory.CreateClient();
        var type = Path.GetDirectoryName(example)!;
        var original = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "examples", example)))!.AsObject();

        var response = await client.PostAsync($"/api/{type}", TestFhir.Json(original));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var stored = await TestFhir.ReadObjectAsync(await client.GetAsync(response.Headers.Location!.AbsolutePath));
        foreach (var (key, value) in original)
        {
            if (key is not ("id" or "meta"))
            {
                Assert.True(JsonNode.DeepEquals(value, stored[key]), $"{type}.{key} changed on the way through the store");
            }
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteExampleResourceTests(SqliteHubApiFactory factory) : ExampleResourceTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExampleResourceTests(PostgresHubApiFactory factory) : ExampleResourceTests(factory);
