using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Hub.Connectors.Caf.RsaFlow;

/// <summary>Reads the DTOs from elements already validated against vrsb0801 (so required elements are there).</summary>
internal static class RsaFoyerParser
{
    public static RsaFlowHeader Header(XElement flux) => new(
        Text(flux, "TYPEFLUX"), Text(flux, "NATFLUX"), Date(flux, "DTCREAFLUX"), Time(flux, "HEUCREAFLUX"), Date(flux, "DTREF"));

    public static FoyerRsa Foyer(XElement foyer, RsaFlowHeader header)
    {
        var identification = foyer.Element("IdentificationRSA");
        var demande = identification?.Element("DemandeRSA");
        var prestation = foyer.Element("PrestationRSA");
        var situation = prestation?.Element("SituationDossierRSA");
        var troncCommun = prestation?.Element("DetailDroitRSA")?.Element("TroncCommunDroitRSA");
        return new FoyerRsa(
            header,
            Organisme(identification?.Element("Organisme")),
            Text(demande, "NUMDEMRSA"),
            Date(demande, "DTDEMRSA"),
            [.. foyer.Elements("Personne").Select(Personne)],
            Situation(situation),
            Date(troncCommun, "DTORIDEMRSA"));
    }

    /// <summary>The dossier key <c>NUMORG-MATRICULE</c>, also for a dossier that failed validation (best effort).</summary>
    public static string? SourceId(XElement foyer) =>
        foyer.Element("IdentificationRSA")?.Element("Organisme") is { } o && Text(o, "NUMORG") is { } numero && Text(o, "MATRICULE") is { } matricule
            ? $"{numero}-{matricule}"
            : null;

    private static RsaOrganisme Organisme(XElement? organisme) =>
        new(Text(organisme, "FONORG") ?? string.Empty, Text(organisme, "NUMORG") ?? string.Empty, Text(organisme, "MATRICULE") ?? string.Empty);

    private static PersonneRsa Personne(XElement personne)
    {
        var id = personne.Element("Identification");
        string?[] firstNames = [Text(id, "PRENOM"), Text(id, "PRENOM2"), Text(id, "PRENOM3")];
        return new PersonneRsa(
            Text(id, "QUAL"),
            Text(id, "NOM"),
            Text(id, "NOMNAI"),
            [.. firstNames.OfType<string>()],
            Text(id, "NOMCOMNAI"),
            Text(id, "DTNAI"),
            Text(id, "TYPEDTNAI"),
            Text(id, "NIR"),
            Bool(id, "TOPVALIEC"),
            Text(id, "SEXE"),
            Bool(personne.Element("DossierCAF"), "TOPRESPDOS"),
            [.. personne.Elements("Prestations").Select(p => new PrestationRsa(Text(p, "NATPREST"), Text(p, "ROLEPERS"), Bool(p, "TOPCHAPERS")))],
            Bool(personne.Element("MontantCalculDroitRSAPersonne"), "TOPPERSDRODEVORSA"));
    }

    private static SituationDossierRsa Situation(XElement? situation)
    {
        var refus = situation?.Element("Refus");
        var fin = situation?.Element("FinDroit") ?? situation?.Element("FinDroitMoisAnterieur");
        return new SituationDossierRsa(
            Text(situation?.Element("EtatDossierRSA"), "ETATDOSRSA"),
            Date(refus, "DTREFURSA"),
            Text(refus, "MOTIREFURSA"),
            [.. (situation?.Elements("SuspensionDroit") ?? []).Select(s => new SuspensionRsa(Text(s, "MOTISUSDRORSA"), Date(s, "DDSUSDRORSA")))],
            [.. (situation?.Elements("SuspensionVersement") ?? []).Select(s => new SuspensionRsa(Text(s, "MOTISUSVERSRSA"), Date(s, "DDSUSVERSRSA")))],
            Date(fin, "DTCLORSA"),
            Text(fin, "MOTICLORSA"));
    }

    // Fixed-width fields arrive padded ("CG  "): blanks carry no meaning.
    private static string? Text(XElement? parent, string name) =>
        parent?.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    // xsd:date may carry a time zone suffix; the calendar day is the first ten characters.
    private static DateOnly? Date(XElement? parent, string name) =>
        Text(parent, name) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static TimeOnly? Time(XElement? parent, string name) =>
        Text(parent, name) is { Length: >= 8 } s && TimeOnly.TryParseExact(s[..8], "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static bool? Bool(XElement? parent, string name) => Text(parent, name) switch
    {
        null => null,
        var s => XmlConvert.ToBoolean(s),
    };
}
