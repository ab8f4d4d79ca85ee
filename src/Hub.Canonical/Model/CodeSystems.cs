namespace Hub.Canonical.Model;

/// <summary>
/// URIs of the hub's code systems, one per file of <c>schemas/codes/</c> (<c>urn:lda-hub:code:&lt;file name&gt;</c>);
/// a test keeps both equal.
/// </summary>
public static class CodeSystems
{
    /// <summary>Décision sur une orientation.</summary>
    public const string DecisionOrientation = "urn:lda-hub:code:decision-orientation";

    /// <summary>Destination d'une orientation.</summary>
    public const string DestinationOrientation = "urn:lda-hub:code:destination-orientation";

    /// <summary>Finalité du partage des données.</summary>
    public const string FinaliteConsentement = "urn:lda-hub:code:finalite-consentement";

    /// <summary>Gravité d'un problème.</summary>
    public const string GraviteProbleme = "urn:lda-hub:code:gravite-probleme";

    /// <summary>Méthode HTTP.</summary>
    public const string MethodeHttp = "urn:lda-hub:code:methode-http";

    /// <summary>Mode d'une entrée de recherche.</summary>
    public const string ModeRecherche = "urn:lda-hub:code:mode-recherche";

    /// <summary>Motif de sortie du logement.</summary>
    public const string MotifSortieLogement = "urn:lda-hub:code:motif-sortie-logement";

    /// <summary>Nature d'une ressource du ménage.</summary>
    public const string NatureRevenu = "urn:lda-hub:code:nature-revenu";

    /// <summary>Organisation destinataire des données.</summary>
    public const string OrganisationPartenaire = "urn:lda-hub:code:organisation-partenaire";

    /// <summary>Organisme gestionnaire d'un droit.</summary>
    public const string OrganismeDroits = "urn:lda-hub:code:organisme-droits";

    /// <summary>Relation d'un lien de pagination.</summary>
    public const string RelationLien = "urn:lda-hub:code:relation-lien";

    /// <summary>Types de ressource canonique du hub.</summary>
    public const string RessourceCanonique = "urn:lda-hub:code:ressource-canonique";

    /// <summary>Rôle d'un membre dans le ménage.</summary>
    public const string RoleMembreMenage = "urn:lda-hub:code:role-membre-menage";

    /// <summary>Sexe (trait INS).</summary>
    public const string Sexe = "urn:lda-hub:code:sexe";

    /// <summary>Situation au regard du logement.</summary>
    public const string SituationLogement = "urn:lda-hub:code:situation-logement";

    /// <summary>Statut d'un accompagnement.</summary>
    public const string StatutAccompagnement = "urn:lda-hub:code:statut-accompagnement";

    /// <summary>Statut d'un consentement.</summary>
    public const string StatutConsentement = "urn:lda-hub:code:statut-consentement";

    /// <summary>Statut d'un droit.</summary>
    public const string StatutDroit = "urn:lda-hub:code:statut-droit";

    /// <summary>Statut de confiance de l'identité (RNIV).</summary>
    public const string StatutIdentite = "urn:lda-hub:code:statut-identite";

    /// <summary>Statut d'une entrée dans un logement.</summary>
    public const string StatutLogement = "urn:lda-hub:code:statut-logement";

    /// <summary>Statut d'une orientation.</summary>
    public const string StatutOrientation = "urn:lda-hub:code:statut-orientation";

    /// <summary>Systèmes d'identifiants.</summary>
    public const string SystemeIdentifiant = "urn:lda-hub:code:systeme-identifiant";

    /// <summary>Système source.</summary>
    public const string SystemeSource = "urn:lda-hub:code:systeme-source";

    /// <summary>Type de mesure d'accompagnement.</summary>
    public const string TypeAccompagnement = "urn:lda-hub:code:type-accompagnement";

    /// <summary>Type de bailleur.</summary>
    public const string TypeBailleur = "urn:lda-hub:code:type-bailleur";

    /// <summary>Type de lot.</summary>
    public const string TypeBundle = "urn:lda-hub:code:type-bundle";

    /// <summary>Type de demande SIAO.</summary>
    public const string TypeDemandeSiao = "urn:lda-hub:code:type-demande-siao";

    /// <summary>Type de droit ou de prestation.</summary>
    public const string TypeDroit = "urn:lda-hub:code:type-droit";

    /// <summary>Type d'événement du parcours.</summary>
    public const string TypeEvenement = "urn:lda-hub:code:type-evenement";

    /// <summary>Type de problème.</summary>
    public const string TypeProbleme = "urn:lda-hub:code:type-probleme";

    /// <summary>Typologie du logement.</summary>
    public const string TypologieLogement = "urn:lda-hub:code:typologie-logement";
}
