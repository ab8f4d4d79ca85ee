using System.Text.Json.Nodes;
using Hub.Sync.Survivorship;

namespace Hub.Sync.Tests.Survivorship;

/// <summary>Unit tests of the field-level merge: no fact lost, identifiers united, rules decide between sources.</summary>
public sealed class FieldMergerTests
{
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddDays(1);

    private static readonly SurvivorshipRules Rules = new(new Dictionary<string, List<string>>
    {
        ["Person.birthDate"] = ["cpam", "caf", "siao", "solis"],
        ["RightsStatus.*"] = ["caf", "cpam"],
    });

    [Fact]
    public void Merge_SortieWithoutEntryDate_KeepsStoredEntryDate()
    {
        var stored = Json("""{"resourceType":"HousingPlacement","id":"h1","meta":{"source":"urn:lda-hub:source:siao"},"entryDate":"2026-01-10","status":"active"}""");
        var sortie = Json("""{"resourceType":"HousingPlacement","meta":{"source":"urn:lda-hub:source:siao"},"exitDate":"2026-03-01","status":"ended"}""");

        var sut = FieldMerger.Merge("HousingPlacement", stored, Stamps(), new FieldStamp("siao", T1), sortie, new FieldStamp("siao", T2), Rules);

        Assert.True(sut.Changed);
        Assert.Equal("2026-01-10", sut.Merged["entryDate"]!.GetValue<string>());
        Assert.Equal("2026-03-01", sut.Merged["exitDate"]!.GetValue<string>());
        Assert.Equal("ended", sut.Merged["status"]!.GetValue<string>());
        Assert.Empty(sut.Disagreements);
    }

    [Fact]
    public void Merge_IdentifiersFromTwoSources_UnitedBySystemAndValue()
    {
        var stored = Json("""{"resourceType":"Person","identifier":[{"system":"nir","value":"1"},{"system":"siao","value":"p1"}]}""");
        var incoming = Json("""{"resourceType":"Person","identifier":[{"system":"nir","value":"1"},{"system":"caf","value":"a1"}]}""");

        var sut = FieldMerger.Merge("Person", stored, Stamps(), new FieldStamp("siao", T1), incoming, new FieldStamp("caf", T2), Rules);

        Assert.Equal(["nir|1", "siao|p1", "caf|a1"], sut.Merged["identifier"]!.AsArray().Select(i => $"{i!["system"]}|{i["value"]}"));
        Assert.Empty(sut.Disagreements);
    }

    [Fact]
    public void Merge_LowerPrioritySourceDiffers_KeepsStoredAndReportsIt()
    {
        var stored = Json("""{"resourceType":"Person","birthDate":"1980-02-01"}""");
        var incoming = Json("""{"resourceType":"Person","birthDate":"1980-01-01"}""");

        var sut = FieldMerger.Merge("Person", stored, Stamps(("birthDate", "cpam", T1)), new FieldStamp("hub", T1), incoming, new FieldStamp("siao", T2), Rules);

        Assert.False(sut.Changed);
        Assert.Equal("1980-02-01", sut.Merged["birthDate"]!.GetValue<string>());
        var conflict = Assert.Single(sut.Disagreements);
        Assert.Equal(("birthDate", "cpam", "siao", "priority:Person.birthDate"), (conflict.Path, conflict.Kept.Stamp.Source, conflict.Other.Stamp.Source, conflict.Rule));
        Assert.Equal((T1, T2), (conflict.Kept.Stamp.ChangedAt, conflict.Other.Stamp.ChangedAt));
        Assert.Equal("1980-01-01", conflict.Other.Value.GetValue<string>());
    }

    [Fact]
    public void Merge_HigherPrioritySourceDiffers_TakesIncomingAndReportsTheLoser()
    {
        var stored = Json("""{"resourceType":"Person","birthDate":"1980-01-01"}""");
        var incoming = Json("""{"resourceType":"Person","birthDate":"1980-02-01"}""");

        // Older than the stored value, but more trusted: priority beats time.
        var sut = FieldMerger.Merge("Person", stored, Stamps(("birthDate", "siao", T2)), new FieldStamp("hub", T1), incoming, new FieldStamp("cpam", T1), Rules);

        Assert.Equal("1980-02-01", sut.Merged["birthDate"]!.GetValue<string>());
        var conflict = Assert.Single(sut.Disagreements);
        Assert.Equal(("cpam", "siao"), (conflict.Kept.Stamp.Source, conflict.Other.Stamp.Source));
    }

    [Fact]
    public void Merge_SameSourceChangesItsValue_TakesItWithoutConflict()
    {
        var stored = Json("""{"resourceType":"Person","birthDate":"1980-01-01"}""");
        var incoming = Json("""{"resourceType":"Person","birthDate":"1980-01-02"}""");

        var sut = FieldMerger.Merge("Person", stored, Stamps(("birthDate", "siao", T1)), new FieldStamp("hub", T1), incoming, new FieldStamp("siao", T2), Rules);

        Assert.Equal("1980-01-02", sut.Merged["birthDate"]!.GetValue<string>());
        Assert.Empty(sut.Disagreements);
    }

    [Theory]
    [InlineData(1, "second", "second")]
    [InlineData(-1, "first", "first")]
    public void Merge_NoRuleForField_NewestWinsAndConflictReported(int incomingLaterByDays, string expected, string keptSide)
    {
        var stored = Json("""{"resourceType":"TimelineEvent","summary":"first"}""");
        var incoming = Json("""{"resourceType":"TimelineEvent","summary":"second"}""");

        var sut = FieldMerger.Merge("TimelineEvent", stored, Stamps(("summary", "siao", T1)), new FieldStamp("hub", T1), incoming,
            new FieldStamp("solis", T1.AddDays(incomingLaterByDays)), Rules);

        Assert.Equal(expected, sut.Merged["summary"]!.GetValue<string>());
        var conflict = Assert.Single(sut.Disagreements);
        Assert.Equal((SurvivorshipRules.Newest, keptSide), (conflict.Rule, conflict.Kept.Value.GetValue<string>()));
    }

    [Fact]
    public void Merge_FieldWithoutProvenance_CreditsTheFallback()
    {
        var stored = Json("""{"resourceType":"RightsStatus","status":"open"}""");
        var incoming = Json("""{"resourceType":"RightsStatus","status":"closed"}""");

        var sut = FieldMerger.Merge("RightsStatus", stored, Stamps(), new FieldStamp("caf", T1), incoming, new FieldStamp("cpam", T2), Rules);

        Assert.Equal("open", sut.Merged["status"]!.GetValue<string>());
        Assert.Equal(("caf", "priority:RightsStatus.*"), (Assert.Single(sut.Disagreements).Kept.Stamp.Source, sut.Disagreements[0].Rule));
    }

    [Fact]
    public void Merge_NothingNew_UnchangedAndStoredMetaKept()
    {
        var stored = Json("""{"resourceType":"Person","meta":{"source":"urn:lda-hub:source:cpam"},"birthDate":"1980-02-01"}""");
        var incoming = Json("""{"resourceType":"Person","meta":{"source":"urn:lda-hub:source:siao"},"birthDate":"1980-02-01"}""");

        var sut = FieldMerger.Merge("Person", stored, Stamps(), new FieldStamp("cpam", T1), incoming, new FieldStamp("siao", T2), Rules);

        Assert.False(sut.Changed);
        Assert.Equal("urn:lda-hub:source:cpam", sut.Merged["meta"]!["source"]!.GetValue<string>());
    }

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    private static Dictionary<string, FieldStamp> Stamps(params (string Path, string Source, DateTimeOffset At)[] stamps) =>
        stamps.ToDictionary(s => s.Path, s => new FieldStamp(s.Source, s.At), StringComparer.Ordinal);
}
