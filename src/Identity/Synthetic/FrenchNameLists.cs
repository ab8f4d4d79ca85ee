namespace Hub.Identity.Synthetic;

/// <summary>
/// Invented-population ingredients: frequent French family and given names (public frequency knowledge, no person), and
/// syllables to build rare names. Order matters: earlier names are drawn more often (Zipf-like).
/// </summary>
internal static class FrenchNameLists
{
    public static readonly string[] Surnames =
    [
        "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
        "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD",
        "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MÜLLER", "LEFEBVRE", "FAURE", "ANDRÉ",
        "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA",
        "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON",
        "MARCHAND", "DUVAL", "DENIS", "DUMONT", "MARIE", "LEMAIRE", "NOËL", "MEYER", "DUFOUR", "MEUNIER",
        "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD",
        "MARTINEZ", "GÉRARD", "ROCHE", "RENARD", "SCHMITT", "ROY", "LEROUX", "COLIN", "VIDAL", "CARON",
        "PICARD", "ROGER", "FABRE", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE",
        "BOURGEOIS", "PIERRE", "BENOÎT", "REY", "LECLERC", "PAYET", "ROLLAND", "LECLERCQ", "GUILLAUME", "LECOMTE",
        "WEBER", "KLEIN", "SCHNEIDER", "HOFFMANN", "WAGNER", "KELLER", "FISCHER", "BAUMANN", "HUBER", "WALTER",
        "DE LA FONTAINE", "LE GALL", "D'ALMEIDA", "DA SILVA", "DOS SANTOS", "BEN SALAH", "N'DIAYE", "EL AMRANI", "DIALLO", "TRAORÉ",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "JEAN", "PIERRE", "MICHEL", "ANDRÉ", "PHILIPPE", "NICOLAS", "ALAIN", "CHRISTOPHE", "LAURENT", "FRÉDÉRIC",
        "DAVID", "STÉPHANE", "ÉRIC", "PATRICK", "THOMAS", "JULIEN", "SÉBASTIEN", "FRANÇOIS", "DANIEL", "BERNARD",
        "LUCAS", "HUGO", "LOUIS", "GABRIEL", "ARTHUR", "JULES", "RAPHAËL", "ADAM", "MAËL", "NATHAN",
        "JEAN-PIERRE", "JEAN-LUC", "JEAN-MARC", "PAUL", "MATHIEU", "ANTOINE", "ROMAIN", "KEVIN", "YANNICK", "OLIVIER",
        "MOHAMED", "KARIM", "MEHDI", "YOUSSEF", "ENZO", "THÉO", "MAXIME", "QUENTIN", "CLÉMENT", "BAPTISTE",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "MARIE", "NATHALIE", "ISABELLE", "SYLVIE", "CATHERINE", "FRANÇOISE", "MARTINE", "CHRISTINE", "SANDRINE", "VALÉRIE",
        "CÉLINE", "STÉPHANIE", "JULIE", "AURÉLIE", "CAMILLE", "LÉA", "MANON", "CHLOÉ", "EMMA", "JADE",
        "LOUISE", "ALICE", "LINA", "ROSE", "ANNA", "INÈS", "ZOÉ", "LÉNA", "MARIE-CLAIRE", "ANNE-SOPHIE",
        "MARIE-THÉRÈSE", "HÉLÈNE", "SOPHIE", "LAURE", "AMÉLIE", "ÉLODIE", "ÉMILIE", "FATIMA", "AÏCHA", "NADIA",
        "SARAH", "LAURA", "PAULINE", "MARGAUX", "CLARA", "AGATHE", "MATHILDE", "JEANNE", "ANNE", "MONIQUE",
    ];

    public static readonly string[] Syllables =
    [
        "BA", "BER", "BOU", "CHA", "CHE", "DE", "DU", "FA", "FER", "GA", "GI", "GRA", "JA", "LA", "LE", "LOU", "MA",
        "MER", "MO", "NA", "NI", "PA", "PER", "PI", "RA", "RO", "SA", "SE", "TA", "TI", "VA", "VER", "VI", "ZA", "KO",
        "ZI", "HAU", "BLAN", "CHAR", "GOU", "TRI", "BRU", "PLA", "QUE", "SCHA", "WEI", "KIR", "STEIN", "MAN", "TIN",
    ];

    public static readonly string[] Endings = ["", "T", "D", "S", "N", "R", "UX", "LT", "NE", "RD", "IN", "ON", "AUD", "ER", "EL"];

    /// <summary>Birthplaces: Haut-Rhin and Bas-Rhin communes, big cities, countries (99xxx) for people born abroad, and two
    /// villages merged into Illtal (68240) in 2021, which sources code either way.</summary>
    public static readonly string[] BirthPlaces =
    [
        "68224", "68224", "68224", "68066", "68297", "68376", "68271", "68309", "67482", "67482", "75056", "13055",
        "69123", "31555", "59350", "68001", "68010", "68019", "68082", "68112", "68154", "68163", "68166", "68278",
        "68108", "68133", "99350", "99352", "99351", "99127", "99139", "99208", "99341", "99336",
    ];

    public static readonly string[] Communes =
    [
        "68224", "68224", "68224", "68224", "68066", "68297", "68376", "68271", "68309", "68154", "68163", "68166",
        "68278", "68019", "68082",
    ];
}
