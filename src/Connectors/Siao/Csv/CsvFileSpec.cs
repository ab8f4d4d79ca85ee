namespace Hub.Connectors.Siao.Csv;

/// <summary>The columns of one file of the export (<c>export-csv.md</c> §3). A required column missing from the header rejects the file.</summary>
internal sealed record CsvFileSpec(string File, string Stream, string IdColumn, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public bool Knows(string column) => Required.Contains(column) || Optional.Contains(column);

    public static CsvFileSpec Menages { get; } = new(
        "menages.csv", SiaoStreams.Menages, "id_menage",
        ["id_menage", "type_fiche", "composition_familiale", "id_demandeur_principal", "date_modification"],
        ["adresse_ligne1", "adresse_ligne2", "code_postal", "code_commune_insee", "domiciliation", "animaux", "supprime"]);

    public static CsvFileSpec Personnes { get; } = new(
        "personnes.csv", "personnes", "id_personne",
        ["id_personne", "id_menage", "role_menage", "prenoms", "sexe", "date_modification"],
        ["nom", "nom_naissance", "nom_usage", "date_naissance", "code_commune_naissance", "code_pays_naissance",
         "lieu_naissance_libelle", "nir", "nationalite", "date_entree_menage", "date_sortie_menage", "enfant_present",
         "ressources", "couverture_maladie", "supprime"]);

    public static CsvFileSpec Demandes { get; } = new(
        "demandes.csv", SiaoStreams.Demandes, "id_demande",
        ["id_demande", "id_menage", "type_demande", "date_demande", "statut", "date_modification"],
        ["dispositifs_demandes", "structure_prescriptrice_id", "structure_prescriptrice_nom", "date_evaluation",
         "situation_logement", "date_debut_situation", "motifs_demande", "dettes_locatives", "procedure_expulsion",
         "prerequis_lda", "preconisation_dispositif", "preconisation_lda", "accompagnements_preconises",
         "date_preconisation", "date_commission", "consentement_recueilli", "date_consentement",
         "consentement_organismes", "consentement_finalites", "date_cloture", "motif_cloture", "supprime"]);

    public static CsvFileSpec Orientations { get; } = new(
        "orientations.csv", SiaoStreams.Orientations, "id_orientation",
        ["id_orientation", "id_demande", "id_menage", "date_demande", "date_orientation", "statut", "dispositif", "date_modification"],
        ["date_decision", "date_entree", "date_sortie", "motif_refus", "logement_d_abord", "structure_id", "structure_nom",
         "structure_finess", "structure_siret", "structure_code_commune", "motif_sortie", "supprime"]);

    public static CsvFileSpec Manifest { get; } = new("manifest.csv", "manifest", "fichier", ["fichier", "lignes", "sha256"], []);

    /// <summary>In the order a drop is applied: ménages, personnes, demandes, orientations.</summary>
    public static IReadOnlyList<CsvFileSpec> DataFiles { get; } = [Menages, Personnes, Demandes, Orientations];
}
