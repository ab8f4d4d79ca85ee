using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Caf;
using Hub.Mapping.Tests.ApiParticulier;

using Hub.Mapping.Tests.TestSupport;

namespace Hub.Mapping.Tests.Caf;

/// <summary>The three golden directions shared by the CAF and CPAM folders: answers in, status updates in, saisines out.</summary>
internal static class GoldenCases
{
    public static void Answer(string partner, string name, string endpoint, int status)
    {
        var api = ApiParticulierEndpoints.FromSegment(endpoint)!.Value;
        var result = AnswerReplay.Map(api, status, GoldenFiles.ReadText(partner, $"{name}.source.json"));

        CanonicalAssert.Valid(result.Resources);
        GoldenFiles.AssertMatches(partner, $"{name}.canonical.json", GoldenFiles.ToJson(result));
    }

    public static void Status(string partner, string name, SaisineStatusMapper sut)
    {
        var update = JsonSerializer.Deserialize(GoldenFiles.ReadText(partner, $"{name}.source.json"), ReferralJsonContext.Default.StatutSaisine)!;

        var mapped = sut.Map(update, AnswerReplay.Subject);

        CanonicalAssert.Valid(mapped.Result.Resources);
        var json = GoldenFiles.ToJson(mapped.Result);
        json["allocataire"] = mapped.Allocataire is null ? null : JsonNode.Parse(JsonSerializer.Serialize(mapped.Allocataire, CanonicalJsonContext.Default.Identifier));
        GoldenFiles.AssertMatches(partner, $"{name}.canonical.json", json);
    }

    public static void Saisine(string partner, SaisineMapper sut, Func<IReadOnlyList<Resource>, SaisineRequest> request)
    {
        var resources = ReadResources(partner, "out-saisine.canonical.json");
        CanonicalAssert.Valid(resources);

        var mapping = sut.Map(request(resources));

        Assert.True(mapping.IsSendable, string.Join("; ", mapping.Issues.Select(i => $"{i.Code} {i.Path}: {i.Message}")));
        var sent = JsonSerializer.SerializeToUtf8Bytes(mapping.Saisine!, ReferralJsonContext.Default.Saisine);
        GoldenFiles.AssertMatches(partner, "out-saisine.source.json", JsonNode.Parse(sent)!);
    }

    public static IReadOnlyList<Resource> ReadResources(string partner, string file)
    {
        var root = JsonNode.Parse(GoldenFiles.ReadText(partner, file))!;
        return [.. root["resources"]!.AsArray().Select(r => CanonicalJson.Deserialize(r!.ToJsonString()))];
    }
}
