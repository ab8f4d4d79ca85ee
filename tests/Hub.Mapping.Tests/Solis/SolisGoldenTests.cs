using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Connectors.Core;
using Hub.Connectors.Solis;
using Hub.Mapping.Solis;
using Hub.Mapping.Tests.Siao;

using Hub.Mapping.Tests.TestSupport;

namespace Hub.Mapping.Tests.Solis;

/// <summary>SOLIS ↔ canonical on golden files (<c>Golden/solis</c>).</summary>
public sealed class SolisGoldenTests
{
    private const string Partner = "solis";

    public static TheoryData<string> Inbound => GoldenFiles.Cases(Partner, ".source.json");

    public static TheoryData<string> Outbound => GoldenFiles.Cases(Partner, ".push.json");

    [Theory]
    [MemberData(nameof(Inbound))]
    public void Map_GoldenRecord_GivesTheGoldenResourcesAndIssues(string name)
    {
        var source = GoldenFiles.Read(Partner, name + ".source.json");
        var sut = SolisMapper.Default;
        var record = Read(source.GetProperty("stream").GetString()!, source.GetProperty("record"));

        var result = source.TryGetProperty("referent", out var referent) ? sut.MapMesure(record, Read(SolisStreams.Referents, referent))
            : source.TryGetProperty("dossier", out var dossier) ? sut.MapIndividu(record, Read(SolisStreams.Dossiers, dossier))
            : sut.Map(record);

        GoldenFiles.AssertSchemaValid(result);
        GoldenFiles.AssertMatches(Partner, name + ".canonical.json", GoldenFiles.ToJson(result));
    }

    [Theory]
    [MemberData(nameof(Outbound))]
    public void ToEntrant_GoldenResource_GivesTheGoldenMessage(string name)
    {
        var source = GoldenFiles.Read(Partner, name + ".canonical.json");
        var push = Context(source);
        var sut = SolisEntrants.Default;

        var result = Resource(source.GetProperty("resource")) switch
        {
            Canonical.Model.Orientation orientation => sut.ToOrientationLda(orientation, push),
            HousingPlacement placement => sut.ToEntreeLogement(placement, push),
            var other => throw new InvalidOperationException(other.ResourceType),
        };

        GoldenFiles.AssertMatches(Partner, name + ".push.json", OutboundJson.Of(result, SolisRecords.ToJson));
    }

    private static PulledRecord Read(string stream, JsonElement raw)
    {
        var read = SolisRecords.Read(stream, raw);
        Assert.True(read.Record is not null, read.Rejected?.Reason);
        return read.Record;
    }

    private static Resource Resource(JsonElement json) => CanonicalJson.Deserialize(json.GetRawText());

    private static SolisPushContext Context(JsonElement source)
    {
        var json = source.GetProperty("context");
        string? Text(string name) => json.TryGetProperty(name, out var value) ? value.GetString() : null;
        IReadOnlyList<string>? List(string name) => json.TryGetProperty(name, out var value) ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : null;
        return new SolisPushContext(json.GetProperty("horodatage").GetDateTimeOffset(), (Consent)Resource(source.GetProperty("consent")))
        {
            IdDossier = Text("idDossier"),
            IdDemandeSiao = Text("idDemandeSiao"),
            DateCommission = Text("dateCommission") is { } date ? DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) : null,
            Household = (Household)Resource(source.GetProperty("household")),
            Members = [.. source.GetProperty("members").EnumerateArray().Select(m => (Person)Resource(m))],
            ReferentAccompagnement = json.TryGetProperty("referent", out var referent)
                ? new Referent { Name = referent.GetProperty("name").GetString()!, Role = referent.GetProperty("role").GetString() }
                : null,
            MesuresDemandees = List("mesuresDemandees"),
            AidesPackInstallation = List("aidesPackInstallation"),
            ReferenceOrientationHub = Text("referenceOrientationHub"),
            LoyerMensuel = json.TryGetProperty("loyerMensuel", out var rent) ? rent.GetDecimal() : null,
            ChargesMensuelles = json.TryGetProperty("chargesMensuelles", out var charges) ? charges.GetDecimal() : null,
        };
    }
}
