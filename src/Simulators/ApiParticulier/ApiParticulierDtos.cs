using System.Text.Json.Serialization;

namespace Hub.Simulators.ApiParticulier;

// API Particulier v3 wire format: snake_case inside "data", nulls written (the sandbox payloads show them).
internal sealed record ApiParticulierError(
    string Code,
    string Title,
    string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IReadOnlyDictionary<string, string>? Source,
    IReadOnlyDictionary<string, string> Meta);

internal sealed record ApiParticulierErrors(IReadOnlyList<ApiParticulierError> Errors);

internal sealed record ApiParticulierResponse<T>(T Data, IReadOnlyDictionary<string, string> Links, IReadOnlyDictionary<string, string> Meta);

// RSA and prime d'activité carry avec_majoration, the C2S avec_participation, AAH/ASF neither (as in the sandbox payloads).
internal sealed record MajorationData(
    [property: JsonPropertyName("est_beneficiaire")] bool EstBeneficiaire,
    [property: JsonPropertyName("avec_majoration"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? AvecMajoration,
    [property: JsonPropertyName("date_debut_droit"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? DateDebutDroit);

internal sealed record ParticipationData(
    [property: JsonPropertyName("est_beneficiaire")] bool EstBeneficiaire,
    [property: JsonPropertyName("avec_participation"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? AvecParticipation,
    [property: JsonPropertyName("date_debut_droit"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? DateDebutDroit);

internal sealed record DroitData(
    [property: JsonPropertyName("est_beneficiaire")] bool EstBeneficiaire,
    [property: JsonPropertyName("date_debut_droit"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateOnly? DateDebutDroit);

internal sealed record QfPerson(
    [property: JsonPropertyName("nom_naissance")] string NomNaissance,
    [property: JsonPropertyName("nom_usage"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NomUsage,
    [property: JsonPropertyName("prenoms")] string Prenoms,
    [property: JsonPropertyName("date_naissance")] string DateNaissance,
    [property: JsonPropertyName("sexe")] string Sexe);

internal sealed record QfAddress(
    [property: JsonPropertyName("destinataire")] string Destinataire,
    [property: JsonPropertyName("complement_information"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ComplementInformation,
    [property: JsonPropertyName("complement_information_geographique"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ComplementInformationGeographique,
    [property: JsonPropertyName("numero_libelle_voie"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NumeroLibelleVoie,
    [property: JsonPropertyName("lieu_dit"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? LieuDit,
    [property: JsonPropertyName("code_postal_ville")] string CodePostalVille,
    [property: JsonPropertyName("pays")] string Pays);

internal sealed record QfValue(
    [property: JsonPropertyName("fournisseur")] string Fournisseur,
    [property: JsonPropertyName("valeur")] int Valeur,
    [property: JsonPropertyName("annee")] int Annee,
    [property: JsonPropertyName("mois")] int Mois,
    [property: JsonPropertyName("annee_calcul")] int AnneeCalcul,
    [property: JsonPropertyName("mois_calcul")] int MoisCalcul);

internal sealed record QuotientFamilialData(
    [property: JsonPropertyName("allocataires")] IReadOnlyList<QfPerson> Allocataires,
    [property: JsonPropertyName("enfants")] IReadOnlyList<QfPerson> Enfants,
    [property: JsonPropertyName("adresse")] QfAddress Adresse,
    [property: JsonPropertyName("quotient_familial")] QfValue QuotientFamilial);
