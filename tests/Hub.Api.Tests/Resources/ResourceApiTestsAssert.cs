using System.Net;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Resources;

public static class ResourceApiTestsAssert
{
    /// <summary>Asserts the status and that the body is an OperationOutcome whose first issue has <paramref name="code"/> (any code when null).</summary>
    public static async Task<JsonObject> OutcomeAsync(HttpResponseMessage response, HttpStatusCode status, string? code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/fhir+json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        var outcome = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        Assert.NotEmpty(outcome["issue"]!.AsArray());
        if (code is not null)
        {
            Assert.Equal(code, outcome["issue"]![0]!["code"]!.GetValue<string>());
        }

        return outcome;
    }
}
