using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Simulators.Tests.Infrastructure;

/// <summary>One cluster of the four simulators (2,000 households) shared by the HTTP tests; state is reset per test.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Households = 2_000;

    public SimulatorCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Cluster = await SimulatorCluster.StartAsync(new SimulatorOptions { Seed = 42, Households = Households });

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    public HttpClient Client(SimulatedSystem system, string? bearer = "jeton-de-test")
    {
        Cluster.Reset();
        var client = new HttpClient { BaseAddress = Cluster.BaseUrls[system], Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

internal static class HttpJson
{
    public static async Task<JsonNode> ReadNodeAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");

    public static async Task<JsonNode> GetNodeAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadNodeAsync();
    }

    /// <summary>Reads a whole incremental list from the cursor <paramref name="cursor"/>; returns the elements and the last cursor.</summary>
    public static async Task<(List<JsonNode> Elements, string? Cursor, int Pages)> WalkAsync(this HttpClient client, string path, int limit, string? cursor = null)
    {
        var elements = new List<JsonNode>();
        var pages = 0;
        while (true)
        {
            var url = cursor is null ? $"{path}?limite={limit}" : $"{path}?limite={limit}&curseur={cursor}";
            var page = await client.GetNodeAsync(url);
            pages++;
            elements.AddRange(page["elements"]!.AsArray().Select(e => e!.DeepClone()));
            cursor = page["curseurSuivant"]!.GetValue<string>();
            if (!page["plusDeDonnees"]!.GetValue<bool>())
            {
                return (elements, cursor, pages);
            }
        }
    }
}
