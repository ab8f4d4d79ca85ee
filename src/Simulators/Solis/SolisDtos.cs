using Hub.Simulators.Hosting;

namespace Hub.Simulators.Solis;

// Wire records of the SOLIS contract (schemas/external/solis/openapi.yaml).
internal sealed record SolisTerritoire(string Code, string Libelle);

internal sealed record SolisMembreDossier(string IdIndividu, string Role, DateOnly? DateDebut, DateOnly? DateFin);

internal sealed record SolisAdresse(string? Ligne1, string? CodePostal, string CodeCommune, string? LibelleCommune, bool? Domiciliation);

internal sealed record SolisOrganismePayeur(string Organisme, string? NumeroOrganisme, string NumeroAllocataire);

internal sealed record SolisDossier(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string NumeroDossier, string Statut, DateOnly DateOuverture,
    DateOnly? DateCloture, SolisTerritoire Territoire, IReadOnlyList<SolisMembreDossier> Membres, SolisAdresse? Adresse,
    string? SituationLogement, string? IdReferentPrincipal, SolisOrganismePayeur? OrganismePayeur) : IFeedRecord;

internal sealed record SolisLieuNaissance(string? CodeCommune, string CodePays, string? Libelle);

internal sealed record SolisIndividu(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string? IdDossier, string? NomNaissance, string? NomUsage,
    IReadOnlyList<string> Prenoms, string? DateNaissance, string Sexe, SolisLieuNaissance? LieuNaissance, string? Nir,
    bool? IdentiteVerifiee) : IFeedRecord;

internal sealed record SolisStructure(string? IdStructure, string Nom, string? Siret);

internal sealed record SolisAideFsl(string Objet, string Forme, decimal? MontantAccorde);

internal sealed record SolisMesure(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string IdDossier, IReadOnlyList<string>? IdIndividus, string Type,
    string Statut, DateOnly DateDemande, DateOnly? DateDecision, DateOnly? DateDebut, DateOnly? DateFinPrevue, DateOnly? DateFin,
    string? IdReferent, SolisStructure? Structure, IReadOnlyList<SolisAideFsl>? AidesFsl, string? MotifFin) : IFeedRecord;

internal sealed record SolisReferent(
    string Id, int Version, DateTimeOffset ModifieLe, long Sequence, string Nom, string Prenom, string? Fonction, string Service,
    SolisTerritoire? Territoire, string? Courriel, string? Telephone, bool Actif) : IFeedRecord;

internal sealed record SolisAccuseReception(string IdEntrant, DateTimeOffset RecuLe, string Rapprochement, string? IdDossier);
