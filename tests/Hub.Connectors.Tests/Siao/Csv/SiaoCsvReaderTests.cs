using Hub.Connectors.Siao;
using Hub.Connectors.Siao.Csv;

namespace Hub.Connectors.Tests.Siao.Csv;

public sealed class SiaoCsvReaderTests
{
    private const string Header = "id_demande;id_menage;type_demande;date_demande;statut;date_modification";

    [Fact]
    public void ReadFile_WithAndWithoutBom_ReadsTheSameRecords()
    {
        var text = File.ReadAllText(Path.Combine(CsvSamples.Folder(), "menages.csv"));

        var withBom = SiaoCsvReader.ReadFile("menages.csv", CsvSamples.Utf8(text, bom: true));
        var without = SiaoCsvReader.ReadFile("menages.csv", CsvSamples.Utf8(text));

        Assert.Equal(4, withBom.Page.Records.Count);
        Assert.Equal(without.Page.Records.Select(r => r.SourceId), withBom.Page.Records.Select(r => r.SourceId));
        Assert.Empty(withBom.Issues);
    }

    [Fact]
    public void ReadFile_BadRow_IsRejectedWithItsLineAndTheOthersAreRead()
    {
        var csv = $"{Header}\n2026-1;400127;INSERTION;16/02/2026;EN_ATTENTE;02/03/2026 09:20\n2026-2;400128;INSERTION;31/02/2026;EN_ATTENTE;02/03/2026 09:20\n2026-3;400129;URGENCE;2026-03-01;TRANSMISE;2026-03-01T18:05:00+01:00\n";

        var sut = SiaoCsvReader.ReadFile("demandes.csv", CsvSamples.Utf8(csv));

        Assert.Equal(["2026-1", "2026-3"], sut.Page.Records.Select(r => r.SourceId));
        var rejected = Assert.Single(sut.Page.Rejected);
        Assert.Equal("2026-2", rejected.SourceId);
        Assert.StartsWith("ligne 3: format-invalide date_demande", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(3, rejected.Raw.GetProperty("ligne").GetInt32());
        var issue = Assert.Single(sut.Issues);
        Assert.Equal((3, "date_demande", SiaoCsvIssue.Error), (issue.Line, issue.Column, issue.Severity));
    }

    [Fact]
    public void ReadFile_QuotedValueOverTwoLines_KeepsTheLineNumbersOfLaterRows()
    {
        var csv = "id_menage;type_fiche;composition_familiale;id_demandeur_principal;adresse_ligne1;code_commune_insee;date_modification\r\n"
            + "400127;GROUPE;FEMME_SEULE;815004;\"2 place \"\"de la\"\" Concorde;\r\nbât. A\";68224;02/03/2026 09:15\r\n"
            + "400128;PERSONNE;HOMME_SEUL;;;;02/03/2026 09:15\r\n";

        var sut = SiaoCsvReader.ReadFile("menages.csv", CsvSamples.Utf8(csv));

        var menage = Assert.IsType<Menage>(Assert.Single(sut.Page.Records).Dto);
        Assert.Equal("2 place \"de la\" Concorde;\r\nbât. A", menage.Adresse!.Ligne1);
        Assert.Equal(4, Assert.Single(sut.Issues).Line);
    }

    [Fact]
    public void ReadFile_Windows1252_IsRejectedWholeWithoutGuessing()
    {
        byte[] latin1 = [.. CsvSamples.Utf8($"{Header}\n2026-1;400127;INSERTION;16/02/2026;EN_ATTENTE;02/03/2026 09:20;R"), 0xE9, (byte)'\n'];

        var error = Assert.Throws<CsvFileException>(() => SiaoCsvReader.ReadFile("demandes.csv", latin1));

        Assert.Equal("encodage-invalide", error.Code);
    }

    [Fact]
    public void ReadFile_RequiredColumnMissing_RejectsTheFile()
    {
        var error = Assert.Throws<CsvFileException>(() => SiaoCsvReader.ReadFile("demandes.csv", CsvSamples.Utf8("id_demande;id_menage\n1;2\n")));

        Assert.Equal("colonne-obligatoire-absente", error.Code);
        Assert.Contains("type_demande", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnknownColumnAndHeaderCase_AreWarnedAndIgnored()
    {
        var csv = $" ID_DEMANDE ;id_menage;type_demande;date_demande;statut;date_modification;couleur\n2026-1;400127;INSERTION;16/02/2026;EN_ATTENTE;02/03/2026 09:20;bleu\n";

        var sut = SiaoCsvReader.ReadFile("demandes.csv", CsvSamples.Utf8(csv));

        Assert.Equal("2026-1", Assert.Single(sut.Page.Records).SourceId);
        var warning = Assert.Single(sut.Issues);
        Assert.Equal(("colonne-inconnue", SiaoCsvIssue.Warning, "couleur"), (warning.Code, warning.Severity, warning.Column));
    }

    [Fact]
    public void ReadFile_LocalTimes_AreParisTimeWithTheOffsetOfTheirSeason()
    {
        var csv = $"{Header}\n2026-1;1;URGENCE;01/07/2026;TRANSMISE;01/07/2026 09:20\n2026-2;1;URGENCE;01/01/2026;TRANSMISE;01/01/2026 09:20:30\n";

        var sut = SiaoCsvReader.ReadFile("demandes.csv", CsvSamples.Utf8(csv));

        Assert.Equal(TimeSpan.FromHours(2), sut.Page.Records[0].ModifiedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 9, 20, 30, TimeSpan.FromHours(1)), sut.Page.Records[1].ModifiedAt);
    }

    [Fact]
    public void ReadFile_DeletionRow_NeedsOnlyItsIdAndModificationDate()
    {
        var csv = $"{Header};supprime\n2026-9;;;;;02/03/2026 10:01;oui\n";

        var sut = SiaoCsvReader.ReadFile("demandes.csv", CsvSamples.Utf8(csv));

        var record = Assert.Single(sut.Page.Records);
        Assert.True(record.Deleted);
        Assert.IsType<Suppression>(record.Dto);
    }

    [Fact]
    public void ReadFile_ConsentWithoutDate_IsRejected()
    {
        var csv = $"{Header};consentement_recueilli;date_consentement\n2026-1;400127;INSERTION;16/02/2026;EN_ATTENTE;02/03/2026 09:20;oui;\n";

        var sut = SiaoCsvReader.ReadFile("demandes.csv", CsvSamples.Utf8(csv));

        Assert.Contains("date_consentement", Assert.Single(sut.Page.Rejected).Reason, StringComparison.Ordinal);
    }
}
