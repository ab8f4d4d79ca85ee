using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Testing;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Two households, each followed by its own référent, with timeline entries from every source. Written through the
/// resource API as the coordinator; the tests read them back as other callers.
/// </summary>
public static class CareRecords
{
    public const string AgentSystem = "urn:lda-hub:id:agent";

    public static async Task<string> CreateAsync(HttpClient client, JsonObject resource)
    {
        var type = resource["resourceType"]!.GetValue<string>();
        using var response = await client.PostAsync($"/api/{type}", TestFhir.Json(resource));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await TestFhir.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    public static JsonObject Person(string firstName) => new()
    {
        ["resourceType"] = "Person",
        ["name"] = new JsonObject { ["birthName"] = "FICTIF", ["firstNames"] = new JsonArray(firstName) },
    };

    public static JsonObject Household(params string[] personIds) => new()
    {
        ["resourceType"] = "Household",
        ["member"] = new JsonArray([.. personIds.Select(id => (JsonNode)new JsonObject { ["person"] = new JsonObject { ["reference"] = $"Person/{id}" } })]),
    };

    public static JsonObject Accompaniment(string householdId, string agent, string status = "active") => new()
    {
        ["resourceType"] = "Accompaniment",
        ["household"] = new JsonObject { ["reference"] = $"Household/{householdId}" },
        ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-accompagnement", ["code"] = "LDA" },
        ["status"] = status,
        ["referent"] = new JsonObject
        {
            ["name"] = "Agent FICTIF",
            ["identifier"] = new JsonObject { ["system"] = AgentSystem, ["value"] = agent },
        },
    };

    public static JsonObject Event(string householdId, string source, string occurredAt, string? personId = null)
    {
        var entry = new JsonObject
        {
            ["resourceType"] = "TimelineEvent",
            ["household"] = new JsonObject { ["reference"] = $"Household/{householdId}" },
            ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-evenement", ["code"] = "entree-logement" },
            ["occurredAt"] = occurredAt,
            ["source"] = new JsonObject { ["system"] = "urn:lda-hub:code:systeme-source", ["code"] = source },
        };
        if (personId is not null)
        {
            entry["person"] = new JsonObject { ["reference"] = $"Person/{personId}" };
        }

        return entry;
    }

    public static JsonObject Consent(string personId, string[] organisations, string status = "active", string? start = null, string? end = null, string? revokedAt = null)
    {
        var consent = new JsonObject
        {
            ["resourceType"] = "Consent",
            ["person"] = new JsonObject { ["reference"] = $"Person/{personId}" },
            ["status"] = status,
            ["organisations"] = new JsonArray([.. organisations.Select(o => (JsonNode)new JsonObject { ["system"] = "urn:lda-hub:code:organisation-partenaire", ["code"] = o })]),
            ["purposes"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:finalite-consentement", ["code"] = "coordination" }),
        };
        if (start is not null || end is not null)
        {
            var period = new JsonObject();
            if (start is not null)
            {
                period["start"] = start;
            }

            if (end is not null)
            {
                period["end"] = end;
            }

            consent["period"] = period;
        }

        if (revokedAt is not null)
        {
            consent["revokedAt"] = revokedAt;
        }

        return consent;
    }

    public static HttpClient ClientAs(HubApiFactory factory, string role, string subject, string? organisation = null)
    {
        var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(factory.Services, [role], subject, organisation: organisation));
        return client;
    }
}
