using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>Small helpers to speak JSON to the hub's sync, dead-letter and inbound APIs.</summary>
public static class HubHttp
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"Not a JSON object: {text}");
    }

    public static async Task<JsonObject> GetObjectAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadObjectAsync(response);
    }

    public static async Task<HttpResponseMessage> PushAsync(HttpClient client, string system, string idempotencyKey, string body)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/inbound/{system}", UriKind.Relative)) { Content = Json(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    public static string ContentType(HttpResponseMessage response) =>
        response?.Content.Headers.ContentType?.MediaType ?? throw new InvalidOperationException("No content type.");

}
