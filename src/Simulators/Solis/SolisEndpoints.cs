using System.Text.Json;
using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;
using Hub.Simulators.Siao;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.Solis;

/// <summary>Routes of schemas/external/solis/openapi.yaml.</summary>
internal static class SolisEndpoints
{
    private static readonly string[] Roles = ["DEMANDEUR", "CONJOINT", "ENFANT", "AUTRE"];
    private static readonly string[] Measures = ["ASLL", "AVDL", "FSL_ACCES", "FSL_MAINTIEN"];
    private static readonly string[] PackAids = ["DEPOT_GARANTIE", "PREMIER_LOYER", "ASSURANCE_HABITATION", "EQUIPEMENT_MOBILIER", "FRAIS_DEMENAGEMENT"];

    public static IEndpointRouteBuilder MapSolisEndpoints(this IEndpointRouteBuilder routes, SolisSimulator sim)
    {
        routes.MapGet("/v1/dossiers", context => SiaoEndpoints.ListAsync(context, sim.Dossiers));
        routes.MapGet("/v1/individus", context => SiaoEndpoints.ListAsync(context, sim.Individus));
        routes.MapGet("/v1/mesures", context => SiaoEndpoints.ListAsync(context, sim.Mesures));
        routes.MapGet("/v1/referents", context => SiaoEndpoints.ListAsync(context, sim.Referents));
        routes.MapGet("/v1/dossiers/{idDossier}", context =>
        {
            var id = context.Request.RouteValues["idDossier"]?.ToString() ?? string.Empty;
            if (HouseholdGenerator.TryParseDossierId(id, out var dossier) && dossier < sim.Options.Households && sim.Dossiers.Current(dossier) is { } record)
            {
                return HttpWriter.WriteJsonAsync(context, 200, record);
            }

            return HttpWriter.WriteProblemAsync(context, 404, "introuvable", "Dossier introuvable", "Aucun dossier avec cet identifiant.", "introuvable");
        });
        routes.MapPost("/v1/entrants/orientations-lda", context => PushAsync(context, sim, "/v1/entrants/orientations-lda", ValidateOrientation));
        routes.MapPost("/v1/entrants/entrees-logement", context => PushAsync(context, sim, "/v1/entrants/entrees-logement", ValidateHousingEntry));
        routes.MapGet("/v1/etat", context => HttpWriter.WriteJsonAsync(context, 200, new SiaoEtat("OK", "1.0.0")));
        return routes;
    }

    private static async Task PushAsync(HttpContext context, SolisSimulator sim, string path, Action<Validation> validate)
    {
        var body = await RequestReader.ReadBodyAsync(context);
        await PushHandler.HandleAsync(context, sim, "POST " + path, body, 200, root =>
        {
            var v = new Validation(root);
            validate(v);
            var idDossier = v.String("idDossier");
            var individus = v.Array("individus", minItems: 1);
            if (idDossier is null && individus is null)
            {
                v.Fail("idDossier", "idDossier ou individus obligatoire");
            }

            for (var i = 0; individus is not null && i < individus.Count; i++)
            {
                ValidateIdentity(v, individus[i], $"individus[{i}]");
            }

            v.Timestamp("horodatage", required: true);
            if (!v.Ok)
            {
                return PushOutcome.Rejected(400, "requete-invalide", "Requête invalide", "Le message ne respecte pas le contrat.", "requete-invalide", [.. v.Errors]);
            }

            string rapprochement;
            string? dossierId = null;
            if (idDossier is not null)
            {
                if (!HouseholdGenerator.TryParseDossierId(idDossier, out var dossier) || dossier >= sim.Options.Households || !sim.Generator.HasSolisDossier(dossier))
                {
                    return PushOutcome.Rejected(422, "dossier-inconnu", "Dossier inconnu", $"Aucun dossier {idDossier} dans SOLIS.", "dossier-inconnu", new FieldError("idDossier", "inconnu dans SOLIS"));
                }

                (rapprochement, dossierId) = ("DOSSIER_EXISTANT", idDossier);
            }
            else if (MatchSiaoHousehold(sim, root) is { } matched)
            {
                (rapprochement, dossierId) = ("DOSSIER_EXISTANT", HouseholdGenerator.DossierId(matched));
            }
            else
            {
                rapprochement = "A_RAPPROCHER";
            }

            var now = ParisTime.ToParis(sim.Options.TimeProvider.GetUtcNow());
            var id = sim.NextAcknowledgement(now);
            return PushOutcome.Accepted(201, new SolisAccuseReception(id, now, rapprochement, dossierId), id, $"{path}/{id}");
        });
    }

    // SOLIS finds the dossier of a ménage it shares with SI-SIAO (the simulator uses the truth link for that).
    private static long? MatchSiaoHousehold(SolisSimulator sim, JsonElement root)
    {
        if (root.TryGetProperty("idMenageSiao", out var menage) && menage.ValueKind == JsonValueKind.String
            && HouseholdGenerator.TryParseMenageId(menage.GetString()!, out var household)
            && household < sim.Options.Households && sim.Generator.SharedWithSolis(household))
        {
            return household;
        }

        return null;
    }

    private static void ValidateOrientation(Validation v)
    {
        v.String("referenceHub", required: true);
        v.String("statut", required: true, allowed: ["ORIENTEE", "ANNULEE"]);
        v.Date("dateDemande");
        v.Date("dateCommission");
        v.Date("dateDecision", required: true);
        if (v.Object("structureAccompagnement", required: true) is { } structure)
        {
            v.StringAt(structure, "nom", "structureAccompagnement.nom", required: true);
            v.StringAt(structure, "siret", "structureAccompagnement.siret", pattern: Validation.Siret());
        }

        if (v.Object("referentAccompagnement") is { } referent)
        {
            v.StringAt(referent, "nom", "referentAccompagnement.nom", required: true);
        }

        foreach (var measure in v.Array("mesuresDemandees") ?? [])
        {
            if (measure.ValueKind != JsonValueKind.String || !Measures.Contains(measure.GetString(), StringComparer.Ordinal))
            {
                v.Fail("mesuresDemandees", "valeur inconnue");
            }
        }

        foreach (var aid in v.Array("aidesPackInstallation") ?? [])
        {
            if (aid.ValueKind != JsonValueKind.String || !PackAids.Contains(aid.GetString(), StringComparer.Ordinal))
            {
                v.Fail("aidesPackInstallation", "valeur inconnue");
            }
        }

        if (v.Object("consentement", required: true) is { } consent)
        {
            if (!consent.TryGetProperty("recueilli", out var collected) || collected.ValueKind != JsonValueKind.True)
            {
                v.Fail("consentement.recueilli", "un envoi sans consentement recueilli est interdit");
            }

            v.DateAt(consent, "date", "consentement.date", required: true);
        }
    }

    private static void ValidateHousingEntry(Validation v)
    {
        v.String("referenceHub", required: true);
        v.String("referenceOrientationHub");
        v.Date("dateEntree", required: true);
        v.String("typeBailleur", required: true, allowed: ["PRIVE", "SOCIAL", "INTERMEDIATION"]);
        v.String("modeOccupation", required: true, allowed: ["BAIL_DIRECT", "SOUS_LOCATION", "BAIL_GLISSANT", "MANDAT_GESTION"]);
        if (v.Object("logement", required: true) is { } logement)
        {
            v.StringAt(logement, "codeCommune", "logement.codeCommune", required: true, pattern: Validation.CommuneCode());
            v.StringAt(logement, "codePostal", "logement.codePostal", pattern: Validation.PostalCode());
            v.StringAt(logement, "typologie", "logement.typologie", allowed: ["T1", "T2", "T3", "T4", "T5_PLUS"]);
        }

        if (v.Object("bailleur") is { } landlord)
        {
            v.StringAt(landlord, "siret", "bailleur.siret", pattern: Validation.Siret());
        }
    }

    private static void ValidateIdentity(Validation v, JsonElement person, string path)
    {
        if (person.ValueKind != JsonValueKind.Object)
        {
            v.Fail(path, "objet attendu");
            return;
        }

        v.StringAt(person, "role", path + ".role", required: true, allowed: Roles);
        if (!person.TryGetProperty("prenoms", out var names) || names.ValueKind != JsonValueKind.Array || names.GetArrayLength() == 0)
        {
            v.Fail(path + ".prenoms", "au moins un prénom");
        }

        v.StringAt(person, "dateNaissance", path + ".dateNaissance", required: true, pattern: Validation.PartialDate());
        v.StringAt(person, "sexe", path + ".sexe", required: true, allowed: ["F", "M"]);
        v.StringAt(person, "nir", path + ".nir", pattern: Validation.NirPattern());
        v.StringAt(person, "numeroAllocataire", path + ".numeroAllocataire", pattern: Validation.Allocataire());
        if (v.ObjectAt(person, "lieuNaissance", path + ".lieuNaissance") is { } place)
        {
            v.StringAt(place, "codePays", path + ".lieuNaissance.codePays", required: true, pattern: Validation.CountryCode());
            v.StringAt(place, "codeCommune", path + ".lieuNaissance.codeCommune", pattern: Validation.CommuneCode());
        }
    }
}
