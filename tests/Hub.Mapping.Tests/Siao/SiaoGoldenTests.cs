using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Mapping.Siao;

using Hub.Mapping.Tests.TestSupport;

namespace Hub.Mapping.Tests.Siao;

/// <summary>SI-SIAO ↔ canonical on golden files (<c>Golden/siao</c>): the partner record in, the resources and issues out; and back.</summary>
public sealed class SiaoGoldenTests
{
    private const string Partner = "siao";

    public static TheoryData<string> Inbound => GoldenFiles.Cases(Partner, ".source.json");

    public static TheoryData<string> Outbound => GoldenFiles.Cases(Partner, ".push.json");

    [Theory]
    [MemberData(nameof(Inbound))]
    public void Map_GoldenRecord_GivesTheGoldenResourcesAndIssues(string name)
    {
        var source = GoldenFiles.Read(Partner, name + ".source.json");
        var sut = SiaoMapper.Default;
        var record = Read(source.GetProperty("stream").GetString()!, source.GetProperty("record"));

        var result = source.TryGetProperty("latestDemande", out var demande)
            ? sut.MapMenage(record, Read(SiaoStreams.Demandes, demande))
            : sut.Map(record);

        GoldenFiles.AssertSchemaValid(result);
        GoldenFiles.AssertMatches(Partner, name + ".canonical.json", GoldenFiles.ToJson(result));
    }

    [Theory]
    [MemberData(nameof(Outbound))]
    public void ToRetour_GoldenResource_GivesTheGoldenMessage(string name)
    {
        var source = GoldenFiles.Read(Partner, name + ".canonical.json");
        var context = Context(source.GetProperty("context"));
        var resource = CanonicalJson.Deserialize(source.GetProperty("resource").GetRawText());
        var sut = SiaoRetours.Default;

        var result = resource switch
        {
            Accompaniment accompaniment => sut.ToRetourAccompagnement(
                accompaniment,
                source.TryGetProperty("previous", out var previous) ? (Accompaniment)CanonicalJson.Deserialize(previous.GetRawText()) : null,
                context),
            HousingPlacement placement => sut.ToRetourLogement(placement, context),
            _ => throw new InvalidOperationException(resource.ResourceType),
        };

        GoldenFiles.AssertMatches(Partner, name + ".push.json", OutboundJson.Of(result, SiaoRecords.ToJson));
    }

    private static PulledRecord Read(string stream, JsonElement raw)
    {
        var read = SiaoRecords.Read(stream, raw);
        Assert.True(read.Record is not null, read.Rejected?.Reason);
        return read.Record;
    }

    private static SiaoRetourContext Context(JsonElement json) =>
        new(json.GetProperty("idMenage").GetString()!, json.GetProperty("horodatage").GetDateTimeOffset())
        {
            IdDemande = json.TryGetProperty("idDemande", out var demande) ? demande.GetString() : null,
            IdOrientation = json.TryGetProperty("idOrientation", out var orientation) ? orientation.GetString() : null,
            MotifFin = json.TryGetProperty("motifFin", out var motif) ? motif.GetString() : null,
        };
}
