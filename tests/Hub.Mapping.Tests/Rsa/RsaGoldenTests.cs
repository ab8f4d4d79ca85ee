using System.Text.Json.Nodes;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Mapping.Rsa;
using Hub.Mapping.Tests.Caf;

using Hub.Mapping.Tests.TestSupport;

namespace Hub.Mapping.Tests.Rsa;

/// <summary>CNAF RSA flow samples (carnet-de-bord fixtures) read, validated and mapped; compared with Golden/rsa.</summary>
public sealed class RsaGoldenTests
{
    [Theory]
    [InlineData("RSABEM")]
    [InlineData("RSABEM-ouvert")]
    [InlineData("RSABEI_invalid")]
    public async Task ReadAndMap_Sample_MatchesGolden(string name)
    {
        var records = new JsonArray();
        var rejected = new JsonArray();
        await using var xml = GoldenFiles.Open("rsa", $"{name}.source.xml");

        await foreach (var item in new RsaFlowReader().ReadAsync(xml))
        {
            if (item.Rejected is { } r)
            {
                rejected.Add(new JsonObject { ["kind"] = r.Kind, ["sourceId"] = r.SourceId, ["reason"] = r.Reason });
                continue;
            }

            var result = RsaFoyerMapper.Default.Map(item.Record!);
            CanonicalAssert.Valid(result.Resources);
            var json = GoldenFiles.ToJson(result);
            json.Insert(0, "sourceId", item.Record!.SourceId);
            records.Add(json);
        }

        GoldenFiles.AssertMatches("rsa", $"{name}.canonical.json", new JsonObject { ["records"] = records, ["rejected"] = rejected });
    }
}
