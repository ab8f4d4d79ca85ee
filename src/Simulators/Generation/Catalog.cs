namespace Hub.Simulators.Generation;

/// <summary>Fictional structures, streets and territories (every name says "fictif": no real organisation is described).</summary>
internal static class Catalog
{
    public static readonly Structure[] Prescribers =
    [
        new("S-0042", "CCAS de Mulhouse (fictif)", null, "99900000000042", "68224"),
        new("S-0003", "Accueil de jour Le Relais (fictif)", null, "99900000000003", "68224"),
        new("S-0050", "Service social départemental Mulhouse (fictif)", null, "99900000000050", "68224"),
        new("S-0051", "Service social hospitalier (fictif)", "680099950", "99900000000051", "68224"),
        new("S-0052", "Service pénitentiaire d'insertion (fictif)", null, "99900000000052", "68066"),
        new("S-0053", "Association Passerelle 68 (fictive)", null, "99900000000053", "68376"),
        new("S-0054", "Équipe mobile de rue (fictive)", null, "99900000000054", "68224"),
    ];

    public static readonly Dictionary<string, Structure[]> ByDispositif = new(StringComparer.Ordinal)
    {
        ["HEBERGEMENT_URGENCE"] =
        [
            new("S-0011", "Accueil de nuit Le Phare (fictif)", "680099911", null, "68224"),
            new("S-0012", "Hôtel social Les Tilleuls (fictif)", null, "99900000000012", "68224"),
        ],
        ["HEBERGEMENT_STABILISATION"] = [new("S-0015", "Centre de stabilisation L'Étape (fictif)", "680099915", null, "68224")],
        ["HEBERGEMENT_INSERTION"] =
        [
            new("S-0013", "CHRS Les Glycines (fictif)", "680099913", null, "68224"),
            new("S-0014", "CHRS L'Escale (fictif)", "680099914", null, "68066"),
        ],
        ["RESIDENCE_SOCIALE"] = [new("S-0020", "Résidence Les Tilleuls (fictive)", "680099920", null, "68224")],
        ["PENSION_DE_FAMILLE"] = [new("S-0021", "Pension de famille La Source (fictive)", "680099921", null, "68154")],
        ["ALT"] = [new("S-0030", "Logements ALT du CCAS (fictifs)", null, "99900000000030", "68224")],
        ["INTERMEDIATION_LOCATIVE"] = [new("S-0061", "AIVS Haute-Alsace (fictive)", null, "99900000000038", "68376")],
        ["LOGEMENT_ORDINAIRE"] = [new("S-0070", "Bailleur social Habitat Sud Alsace (fictif)", null, "99900000000070", "68224")],
        ["LOGEMENT_D_ABORD"] =
        [
            new("S-0107", "Association Toit Ensemble (fictive)", null, "99900000000012", "68224"),
            new("S-0108", "Un Chez-Soi d'Abord Mulhouse (fictif)", null, "99900000000108", "68224"),
        ],
    };

    public static readonly string[] Streets =
    [
        "rue de la Gare", "rue du Sauvage", "avenue de Colmar", "rue des Vergers", "rue de Bâle", "boulevard de l'Europe",
        "rue des Tanneurs", "rue des Jardins", "rue de l'Église", "rue du Général de Gaulle", "rue des Fleurs",
        "rue de la Paix", "rue Pasteur", "rue Victor Hugo", "rue des Lilas", "allée des Tilleuls", "rue de Thann",
        "rue d'Illzach", "rue du Rhin", "rue des Écoles", "place de la Réunion", "rue de Soultz", "rue de Zillisheim",
    ];

    public static readonly (string Code, string Label)[] MulhouseTerritories =
    [
        ("MUL-NORD", "Espace solidarité Mulhouse Nord (fictif)"),
        ("MUL-SUD", "Espace solidarité Mulhouse Sud (fictif)"),
        ("MUL-CENTRE", "Espace solidarité Mulhouse Centre (fictif)"),
    ];

    public static readonly (string Code, string Label)[] OtherTerritories =
    [
        ("M2A", "Espace solidarité agglomération mulhousienne (fictif)"),
        ("COLMAR", "Espace solidarité Colmar (fictif)"),
        ("ALTKIRCH", "Espace solidarité Sundgau (fictif)"),
        ("GUEBWILLER", "Espace solidarité Guebwiller (fictif)"),
        ("THANN", "Espace solidarité Thann-Cernay (fictif)"),
        ("SAINT-LOUIS", "Espace solidarité Saint-Louis (fictif)"),
    ];

    public static readonly string[] ProfessionalFunctions =
    [
        "Assistante sociale", "Assistant de service social", "Conseillère ESF", "Éducateur spécialisé",
        "Travailleur social LDA", "Référente RSA", "Chargée d'accompagnement",
    ];

    public static readonly string[] SolisFunctions =
    [
        "ASSISTANT_SERVICE_SOCIAL", "CONSEILLER_ESF", "EDUCATEUR_SPECIALISE", "REFERENT_RSA", "TRAVAILLEUR_SOCIAL_OPERATEUR", "CADRE",
    ];
}
