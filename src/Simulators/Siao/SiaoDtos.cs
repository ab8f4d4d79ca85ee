using Hub.Simulators.Hosting;

namespace Hub.Simulators.Siao;

// Wire records of the SI-SIAO contract (schemas/external/siao/openapi.yaml); camelCase names come from the JSON policy.
internal sealed record SiaoMenage(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string TypeFiche, string Composition,
    IReadOnlyList<SiaoMembre> Membres, SiaoAdresse? Adresse, bool? Animaux) : IFeedRecord;

internal sealed record SiaoMembre(SiaoPersonne Personne, string Role, DateOnly? DateEntree, string? EnfantPresent);

internal sealed record SiaoPersonne(
    string Id, string? Nom, string? NomNaissance, string? NomUsage, IReadOnlyList<string> Prenoms, string? DateNaissance,
    string Sexe, SiaoLieuNaissance? LieuNaissance, string? Nir, string? Nationalite);

internal sealed record SiaoLieuNaissance(string? CodeCommune, string CodePays, string? Libelle);

internal sealed record SiaoAdresse(string? Ligne1, string? CodePostal, string CodeCommune, string? LibelleCommune, bool? Domiciliation);

internal sealed record SiaoStructure(string IdStructure, string Nom, string? Finess, string? Siret, string? CodeCommune);

internal sealed record SiaoReferent(string Nom, string? Prenom, string? Fonction, string? Courriel, string? Telephone);

internal sealed record SiaoRessource(string? IdPersonne, string Type, decimal? MontantMensuel, bool? EnCoursOuverture);

internal sealed record SiaoCouverture(string IdPersonne, string Couverture);

internal sealed record SiaoEvaluation(
    DateOnly DateEvaluation, string SituationLogement, DateOnly? DateDebutSituation, IReadOnlyList<string>? MotifsDemande,
    IReadOnlyList<SiaoRessource>? Ressources, bool? DettesLocatives, string? ProcedureExpulsion, IReadOnlyList<SiaoCouverture>? CouvertureMaladie,
    bool? PrerequisLDA, SiaoStructure? StructureEvaluatrice, SiaoReferent? ReferentEvaluateur);

internal sealed record SiaoPreconisation(
    string Dispositif, bool? LogementDAbord, IReadOnlyList<string>? AccompagnementsPreconises, DateOnly? DatePreconisation, DateOnly? DateCommission);

internal sealed record SiaoConsentement(bool Recueilli, DateOnly? Date, string? Modalite);

internal sealed record SiaoDemande(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string IdMenage, string TypeDemande, DateOnly DateDemande, string Statut,
    IReadOnlyList<string>? DispositifsDemandes, SiaoStructure? StructurePrescriptrice, SiaoReferent? ReferentPrescripteur,
    SiaoEvaluation? EvaluationSociale, SiaoPreconisation? Preconisation, SiaoConsentement? Consentement, DateOnly? DateCloture,
    string? MotifCloture) : IFeedRecord;

internal sealed record SiaoOrientation(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string IdDemande, string IdMenage, DateOnly DateDemande,
    DateOnly DateOrientation, DateOnly? DateDecision, DateOnly? DateEntree, string Statut, string? MotifRefus, string Dispositif,
    bool? LogementDAbord, SiaoStructure? Structure) : IFeedRecord;

internal sealed record SiaoMouvement(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string Type, string IdMenage, string? IdOrientation,
    DateOnly DateMouvement, SiaoStructure Structure, string Dispositif, string? MotifSortie) : IFeedRecord;

internal sealed record SiaoAccuseReception(string IdRetour, DateTimeOffset RecuLe);

internal sealed record SiaoEtat(string Statut, string Version);
