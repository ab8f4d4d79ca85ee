using System.Text;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;

namespace Hub.Connectors.Tests.Siao;

/// <summary>Page and record checks without HTTP: what becomes a rejected record and what fails the whole page.</summary>
public sealed class CursorPageParserTests
{
    private const string Good = """{"id":"OR-1","version":1,"modifieLe":"2026-03-05T16:40:00+01:00","sequence":5,"idDemande":"D1","idMenage":"M1","dateDemande":"2026-02-16","dateOrientation":"2026-02-27","statut":"ACCEPTEE","dispositif":"LOGEMENT_D_ABORD"}""";

    [Theory]
    [InlineData("""{"elements":[],"plusDeDonnees":false}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"elements":{},"curseurSuivant":"c","plusDeDonnees":false}""")]
    [InlineData("""{"elements":[],"curseurSuivant":"c","plusDeDonnees":"non"}""")]
    [InlineData("""{"elements":[""")]
    public void Parse_PageWithoutTheEnvelope_ThrowsRetryable(string body)
    {
        var error = Assert.Throws<ConnectorException>(() => Parse(body));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
    }

    [Fact]
    public void Parse_RecordsThatBreakTheContract_AreRejectedOneByOne()
    {
        var missingStatus = Good.Replace("\"statut\":\"ACCEPTEE\",", string.Empty, StringComparison.Ordinal).Replace("OR-1", "OR-2", StringComparison.Ordinal);
        var nullMenage = Good.Replace("\"M1\"", "null", StringComparison.Ordinal).Replace("OR-1", "OR-3", StringComparison.Ordinal);
        var badDate = Good.Replace("2026-02-27", "27/02/2026", StringComparison.Ordinal).Replace("OR-1", "OR-4", StringComparison.Ordinal);

        var page = Parse($$"""{"elements":[{{Good}},{{missingStatus}},{{nullMenage}},{{badDate}},42],"curseurSuivant":"c2","plusDeDonnees":true}""");

        Assert.Equal("OR-1", Assert.Single(page.Records).SourceId);
        Assert.Equal(["OR-2", "OR-3", "OR-4", null], page.Rejected.Select(r => r.SourceId));
        Assert.Contains("statut", page.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal("c2", page.NextCursor);
        Assert.True(page.HasMore);
    }

    [Fact]
    public void Parse_Deletion_IsADeletedRecordWithItsVersion()
    {
        var page = Parse("""{"elements":[{"id":"OR-9","version":4,"modifieLe":"2026-03-02T10:01:00+01:00","sequence":9,"supprime":true}],"curseurSuivant":"c","plusDeDonnees":false}""");

        var record = Assert.Single(page.Records);
        Assert.True(record.Deleted);
        Assert.Equal("4", record.SourceVersion);
        Assert.IsType<Suppression>(record.Dto);
    }

    [Fact]
    public void Read_OneRecord_AppliesTheSameChecksAsAPage()
    {
        using var document = System.Text.Json.JsonDocument.Parse(Good.Replace("\"idMenage\":\"M1\",", string.Empty, StringComparison.Ordinal));

        var read = SiaoRecords.Read(SiaoStreams.Orientations, document.RootElement);

        Assert.Null(read.Record);
        Assert.Equal("OR-1", read.Rejected!.SourceId);
    }

    [Fact]
    public void Read_MenageWithoutMembers_IsRejected()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"id":"1","version":1,"modifieLe":"2026-03-02T10:01:00+01:00","sequence":1,"typeFiche":"GROUPE","composition":"HOMME_SEUL","membres":[]}""");

        var read = SiaoRecords.Read(SiaoStreams.Menages, document.RootElement);

        Assert.Contains("membres", read.Rejected!.Reason, StringComparison.Ordinal);
    }

    private static PulledPage Parse(string body) =>
        CursorPageParser.Parse(SiaoStreams.OrientationsDefinition, "c1", Encoding.UTF8.GetBytes(body), null);
}
