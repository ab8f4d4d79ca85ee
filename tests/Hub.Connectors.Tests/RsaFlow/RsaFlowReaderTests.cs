using System.Text;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Connectors.Tests.ApiParticulier;

namespace Hub.Connectors.Tests.RsaFlow;

public sealed class RsaFlowReaderTests
{
    private readonly RsaFlowReader _sut = new();

    [Fact]
    public async Task ReadAsync_MonthlyFlow_GivesEveryDossierWithItsState()
    {
        var items = await ReadSample("RSABEM.xml");

        Assert.All(items, i => Assert.False(i.IsRejected, i.Rejected?.Reason));
        Assert.Equal(["521-205599000000000", "521-208956400000000"], items.Select(i => i.Record!.SourceId).ToArray());
        var closed = Assert.IsType<FoyerRsa>(items[0].Record!.Dto);
        var suspended = Assert.IsType<FoyerRsa>(items[1].Record!.Dto);
        Assert.Equal("5", closed.Situation.Etat);
        Assert.Equal(new DateOnly(2021, 11, 30), closed.Situation.DateCloture);
        Assert.Equal("PCG", closed.Situation.MotifCloture);
        Assert.Equal("4", suspended.Situation.Etat);
        Assert.Equal(new SuspensionRsa("06", new DateOnly(2021, 11, 1)), Assert.Single(suspended.Situation.SuspensionsVersement));
        Assert.Equal(2, closed.Personnes.Count);
        Assert.Equal("CG", "CG  ".Trim());
        Assert.Equal(new RsaFlowHeader("M", "D", new DateOnly(2022, 3, 5), new TimeOnly(1, 18, 36), new DateOnly(2022, 2, 28)), closed.Flux);
        Assert.Equal("2022-02-28", items[0].Record!.SourceVersion);
        Assert.Equal(new DateTimeOffset(2022, 3, 5, 1, 18, 36, TimeSpan.FromHours(1)), items[0].Record!.ModifiedAt);
    }

    [Fact]
    public async Task ReadAsync_OpenDossier_ReadsPersonTraitsAndRoles()
    {
        var item = Assert.Single(await ReadSample("RSABEM-ouvert.xml"));

        var foyer = Assert.IsType<FoyerRsa>(item.Record!.Dto);
        var person = Assert.Single(foyer.Personnes);
        Assert.Equal("2", foyer.Situation.Etat);
        Assert.Equal(new RsaOrganisme("CAF", "521", "208956400000000"), foyer.Organisme);
        Assert.Equal("01024041052", foyer.NumeroDemandeRsa);
        Assert.Equal(["ETA"], person.Prenoms);
        Assert.Equal("1973-07-21", person.DateNaissance);
        Assert.Equal(13, person.Nir!.Length);
        Assert.Equal("2", person.Sexe);
        Assert.Contains(person.Prestations, p => p is { Nature: "RSA", Role: "CJT", Charge: true });
        Assert.Equal("xml", item.Record.Raw.GetProperty("format").GetString());
        Assert.StartsWith("<InfosFoyerRSA>", item.Record.Raw.GetProperty("xml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_InvalidSample_RejectsDossierWithLinePositionAndXsdMessage()
    {
        var items = await ReadSample("RSABEI_invalid.xml");

        var rejected = Assert.Single(items).Rejected!;
        Assert.Equal(RsaFlowReader.FoyerKind, rejected.Kind);
        Assert.Equal("521-034614500000000", rejected.SourceId);
        Assert.Matches(@"^XSD vrsb0801: line \d+, position \d+: ", rejected.Reason);
        Assert.Contains("InfosFoyerRSA", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("DonneesAdministratives", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("<InfosFoyerRSA>", rejected.Raw.GetProperty("xml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OneBadDossierAmongGood_RejectsOnlyThatOne()
    {
        var good = Foyer("2", "1111111");
        var bad = Foyer("2", "2222222").Replace("<DTDEMRSA>2018-08-06</DTDEMRSA>", "<DTDEMRSA>06/08/2018</DTDEMRSA>", StringComparison.Ordinal);

        var items = await Read(Flow(good, bad, Foyer("5", "3333333")));

        Assert.Equal([false, true, false], items.Select(i => i.IsRejected).ToArray());
        Assert.Equal("521-222222200000000", items[1].Rejected!.SourceId);
        Assert.Contains("DTDEMRSA", items[1].Rejected!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_InvalidValue_ReasonNeverQuotesTheValue()
    {
        var bad = Foyer("2", "1111111").Replace("<NIR>1800168224001</NIR>", "<NIR>18001682240019999</NIR>", StringComparison.Ordinal);

        var rejected = Assert.Single(await Read(Flow(bad))).Rejected!;

        Assert.Contains("NIR", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("1800168224", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TruncatedFlow_KeepsDossiersReadThenRejectsTheFlux()
    {
        var flow = Flow(Foyer("2", "1111111"), Foyer("2", "2222222"));
        var truncated = flow[..(flow.IndexOf("<InfosFoyerRSA>", flow.IndexOf("</InfosFoyerRSA>", StringComparison.Ordinal), StringComparison.Ordinal) + 200)];

        var items = await Read(truncated);

        Assert.False(items[0].IsRejected);
        var last = items[^1].Rejected!;
        Assert.Equal(RsaFlowReader.FluxKind, last.Kind);
        Assert.Contains("not well-formed XML", last.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingTrailer_RejectsTheFluxButKeepsDossiers()
    {
        var flow = Flow(Foyer("2", "1111111")).Replace("<TransmissionFlux><NBTOTDOSRSATRANSM>00000001</NBTOTDOSRSATRANSM><NBTOTDOSRSATRANSMANO>00000000</NBTOTDOSRSATRANSMANO></TransmissionFlux>", string.Empty, StringComparison.Ordinal);

        var items = await Read(flow);

        Assert.False(items[0].IsRejected);
        Assert.Equal(RsaFlowReader.FluxKind, items[1].Rejected!.Kind);
        Assert.Contains("Racine", items[1].Rejected!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LargeFlowFromAStream_StreamsEveryDossier()
    {
        const int count = 3_000;
        await using var stream = new GeneratedFlowStream(count, i => Foyer(i % 2 == 0 ? "2" : "5", (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var read = 0;
        await foreach (var item in _sut.ReadAsync(stream))
        {
            Assert.False(item.IsRejected, item.Rejected?.Reason);
            read++;
        }

        Assert.Equal(count, read);
        Assert.True(stream.MaxBuffered < 64 * 1024, "The generator never holds more than one dossier.");
    }

    private async Task<List<RsaFlowItem>> ReadSample(string name)
    {
        await using var file = File.OpenRead(Path.Combine(TestData.Folder(Path.Combine("RsaFlow", "Samples")), name));
        return await Collect(_sut.ReadAsync(file));
    }

    private async Task<List<RsaFlowItem>> Read(string xml) =>
        await Collect(_sut.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml))));

    private static async Task<List<RsaFlowItem>> Collect(IAsyncEnumerable<RsaFlowItem> items)
    {
        var list = new List<RsaFlowItem>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    internal static string Flow(params string[] foyers) =>
        GeneratedFlowStream.Head + string.Concat(foyers) + GeneratedFlowStream.Tail;

    /// <summary>A minimal valid dossier (fictitious person, synthetic NIR).</summary>
    internal static string Foyer(string etat, string allocataire) => $"""
        <InfosFoyerRSA><IdentificationRSA><Organisme><FONORG>CAF</FONORG><NUMORG>521</NUMORG><MATRICULE>{allocataire}00000000</MATRICULE></Organisme>
        <Partenaire><TYPEPARTE>CG</TYPEPARTE><IDEPARTE>068</IDEPARTE></Partenaire><DemandeRSA><DTDEMRSA>2018-08-06</DTDEMRSA><NUMDEMRSA>01024041052</NUMDEMRSA></DemandeRSA></IdentificationRSA>
        <Personne><Identification><NOM>TESTEUR</NOM><NOMNAI>TESTEUR</NOMNAI><PRENOM>ALEX</PRENOM><NOMCOMNAI>MULHOUSE</NOMCOMNAI><DTNAI>1980-01-01</DTNAI><NIR>1800168224001</NIR><SEXE>1</SEXE></Identification>
        <DossierCAF><TOPRESPDOS>1</TOPRESPDOS><DDRATDOS>2007-05-15</DDRATDOS></DossierCAF>
        <Prestations><NATPREST>PFA</NATPREST><ROLEPERS>DEM</ROLEPERS><TOPCHAPERS>0</TOPCHAPERS></Prestations><Prestations><NATPREST>RSA</NATPREST><ROLEPERS>DEM</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS></Prestations></Personne>
        <DonneesAdministratives><SituationFamille><SITFAM>CEL</SITFAM><DDSITFAM>1994-10-27</DDSITFAM></SituationFamille>
        <Adresse><TroncCommunAdresse><RGADR>01</RGADR><DTEMM>2021-05-26</DTEMM><PAYS>FRA</PAYS><TYPEADR>D</TYPEADR><ETATADR>CO</ETATADR></TroncCommunAdresse>
        <AdresseDetailleeFrance><COMPLIDEADR /><COMPLADR /><NUMVOIE>2</NUMVOIE><LIBTYPEVOIE>PL</LIBTYPEVOIE><NOMVOIE>DE LA CONCORDE</NOMVOIE><LIEUDIST /><NUMCOM>68224</NUMCOM><CODEPOS>68100</CODEPOS><NOMCOM>MULHOUSE</NOMCOM></AdresseDetailleeFrance></Adresse></DonneesAdministratives>
        <PrestationRSA><SituationDossierRSA><EtatDossierRSA><ETATDOSRSA>{etat}</ETATDOSRSA></EtatDossierRSA></SituationDossierRSA>
        <DetailDroitRSA><TroncCommunDroitRSA><TOPSANSDOMFIXE>0</TOPSANSDOMFIXE><ORIDEMRSA>DEM</ORIDEMRSA><DTORIDEMRSA>2020-11-07</DTORIDEMRSA></TroncCommunDroitRSA></DetailDroitRSA></PrestationRSA></InfosFoyerRSA>

        """;
}
