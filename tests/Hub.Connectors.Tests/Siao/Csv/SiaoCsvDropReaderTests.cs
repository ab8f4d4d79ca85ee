using System.Security.Cryptography;
using Hub.Connectors.Siao;
using Hub.Connectors.Siao.Csv;

namespace Hub.Connectors.Tests.Siao.Csv;

public sealed class SiaoCsvDropReaderTests
{
    [Fact]
    public void ReadDirectory_ContractSamples_GivesOnePagePerFileInTheOrderOfApplication()
    {
        var sut = SiaoCsvDropReader.ReadDirectory(CsvSamples.Folder());

        Assert.Equal(["csv/menages", "csv/personnes", "csv/demandes", "csv/orientations"], sut.Pages.Select(p => p.Stream));
        Assert.All(sut.Pages, p => Assert.Empty(p.Rejected));
        Assert.All(sut.Pages, p => Assert.Equal("samples", p.NextCursor));
        Assert.Empty(sut.Issues);
    }

    [Fact]
    public void ReadDirectory_ContractSamples_BuildsMenagesWithTheirPersonsMainApplicantFirst()
    {
        var sut = SiaoCsvDropReader.ReadDirectory(CsvSamples.Folder());

        var menages = sut.Pages[0].Records;
        var couple = Assert.IsType<Menage>(menages.Single(r => r.SourceId == "400152").Dto);
        Assert.Equal(["815031", "815032", "815033"], couple.Membres.Select(m => m.Personne.Id));
        Assert.Equal("68376", couple.Adresse!.CodeCommune);
        Assert.Equal("8 rue des Vergers; bât. B (fictif)", couple.Adresse.Ligne1);
        var deleted = menages.Single(r => r.SourceId == "400131");
        Assert.True(deleted.Deleted);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 1, 0, TimeSpan.FromHours(1)), deleted.ModifiedAt);
    }

    [Fact]
    public void ReadDirectory_ContractSamples_ReadsFrenchValuesAsTheApiWouldSendThem()
    {
        var sut = SiaoCsvDropReader.ReadDirectory(CsvSamples.Folder());

        var persons = sut.Pages[1].Records.ToDictionary(r => r.SourceId, r => Assert.IsType<PersonneMenage>(r.Dto));
        Assert.Equal("2015-09", persons["815005"].Membre.Personne.DateNaissance);
        Assert.Equal("HOMME", persons["815020"].Membre.Personne.Sexe);
        Assert.Equal(646.52m, persons["815004"].Ressources![0].MontantMensuel);
        Assert.Equal(["Sandrine", "Claire"], persons["815004"].Membre.Personne.Prenoms);
        var demande = Assert.IsType<Demande>(sut.Pages[2].Records.Single(r => r.SourceId == "2026-0000512").Dto);
        Assert.Equal(new DateOnly(2026, 2, 16), demande.DateDemande);
        Assert.Equal(["RSA", "ALLOCATIONS_FAMILIALES"], demande.EvaluationSociale!.Ressources!.Select(r => r.Type));
        Assert.Equal(new DateOnly(2026, 2, 26), demande.Preconisation!.DateCommission);
        Assert.True(demande.Consentement!.Recueilli);
    }

    [Fact]
    public void ReadDirectory_OrientationWithEntryAndExit_AlsoGivesBothMovements()
    {
        var sut = SiaoCsvDropReader.ReadDirectory(CsvSamples.Folder());

        var records = sut.Pages[3].Records;
        Assert.Equal(5, records.Count);
        var exit = Assert.IsType<Mouvement>(records.Single(r => r.SourceId == "OR-76988-SORTIE").Dto);
        Assert.Equal("INTERMEDIATION_LOCATIVE", exit.MotifSortie);
        Assert.Equal(new DateOnly(2026, 2, 28), exit.DateMouvement);
        Assert.Equal(SiaoStreams.MouvementKind, records.Single(r => r.SourceId == "OR-76988-ENTREE").Kind);
    }

    [Fact]
    public void Read_FileChangedAfterTheManifest_RejectsTheWholeDrop()
    {
        var files = CsvSamples.Files();
        files["demandes.csv"] = CsvSamples.Utf8(System.Text.Encoding.UTF8.GetString(files["demandes.csv"].Span) + "2026-0000999;400127;URGENCE;01/03/2026;TRANSMISE;;;;;;;;;;;;;;;;;;;;;;01/03/2026 10:00;\n");

        var error = Assert.Throws<CsvFileException>(() => SiaoCsvDropReader.Read("export_20260302T060000_delta", files));

        Assert.Equal("manifeste-incoherent", error.Code);
    }

    [Fact]
    public void Read_NoManifest_RejectsTheDrop()
    {
        var files = CsvSamples.Files();
        files.Remove("manifest.csv");

        var error = Assert.Throws<CsvFileException>(() => SiaoCsvDropReader.Read("export_20260302T060000_delta", files));

        Assert.Equal("manifeste-incoherent", error.Code);
    }

    [Fact]
    public void Read_ManifestRewrittenForAChangedFile_IsAccepted()
    {
        var files = CsvSamples.Files();
        var menages = CsvSamples.Utf8("id_menage;type_fiche;composition_familiale;id_demandeur_principal;date_modification\n400127;GROUPE;FEMME_SEULE_AVEC_ENFANTS;815004;02/03/2026 09:15\n");
        files["menages.csv"] = menages;
        files["manifest.csv"] = CsvSamples.Utf8(System.Text.Encoding.UTF8.GetString(files["manifest.csv"].Span)
            .Replace("menages.csv;4;84fe78ac0393d65dfa36a1826009143adb03414fa1651bd034e527c57acb25c3", $"menages.csv;1;{Convert.ToHexStringLower(SHA256.HashData(menages))}", StringComparison.Ordinal));

        var sut = SiaoCsvDropReader.Read("export_20260302T060000_delta", files);

        var menage = Assert.IsType<Menage>(Assert.Single(sut.Pages[0].Records).Dto);
        Assert.Equal(2, menage.Membres.Count);
    }
}
