using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Small helpers to speak FHIR JSON to the hub in tests.</summary>
public static class TestFhir
{
    public const string MediaType = "application/fhir+json";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, MediaType);

    public static StringContent Json(JsonNode node) => Json(node.ToJsonString());

    public static ByteArrayContent Raw(byte[] bytes, string mediaType = MediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"Not a JSON object: {text}");
    }

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, JsonNode body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A schema-valid Person with one SI-SIAO identifier.</summary>
    public static JsonObject Person(string siaoId, string birthName = "MARTIN", string firstName = "Claire") => new()
    {
        ["resourceType"] = "Person",
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:id:siao:personne", ["value"] = siaoId }),
        ["name"] = new JsonObject { ["birthName"] = birthName, ["firstNames"] = new JsonArray(firstName) },
        ["birthDate"] = "1984-03",
    };
}
