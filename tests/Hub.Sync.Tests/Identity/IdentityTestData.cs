using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage.Identity;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Identity;

/// <summary>Canonical persons born in Mulhouse and the store's persons and identity decisions, for the identity tests.</summary>
internal static class IdentityTestData
{
    public static string PersonJson(string system, string value, string birthName, string birthDate, string sex, params string[] firstNames) =>
        new JsonObject
        {
            ["resourceType"] = "Person",
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
            ["name"] = new JsonObject { ["birthName"] = birthName, ["firstNames"] = new JsonArray([.. firstNames.Select(f => (JsonNode)f)]) },
            ["birthDate"] = birthDate,
            ["sex"] = new JsonObject { ["system"] = CodeSystems.Sexe, ["code"] = sex },
            ["birthPlace"] = new JsonObject { ["cog"] = "68224" },
        }.ToJsonString();

    /// <summary>The live persons.</summary>
    public static async Task<List<JsonObject>> PersonsAsync(SyncHubFactory factory)
    {
        var jsons = await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == Person.TypeName && !r.IsDeleted).Select(r => r.Json).ToListAsync());
        return jsons.ConvertAll(j => JsonNode.Parse(j)!.AsObject());
    }

    /// <summary>The decisions, oldest first.</summary>
    public static Task<List<IdentityDecisionRow>> DecisionsAsync(SyncHubFactory factory) =>
        factory.QueryAsync(db => db.IdentityDecisions.AsNoTracking().OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync());
}
