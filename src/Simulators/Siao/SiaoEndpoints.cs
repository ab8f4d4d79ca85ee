using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.Siao;

/// <summary>Routes of schemas/external/siao/openapi.yaml.</summary>
internal static class SiaoEndpoints
{
    private static readonly string[] AccompanimentTypes = ["LDA", "ASLL", "AVDL", "IML", "ALT", "SANTE_SOCIAL", "FSL"];
    private static readonly string[] AccompanimentEndReasons =
        ["OBJECTIFS_ATTEINTS", "RELAIS_DROIT_COMMUN", "ABANDON", "PERTE_CONTACT", "DEMENAGEMENT_HORS_TERRITOIRE", "EXPULSION", "HOSPITALISATION", "INCARCERATION", "DECES", "AUTRE"];

    private static readonly string[] HousingExitReasons =
        ["RELOGEMENT", "DEPART_VOLONTAIRE", "RESILIATION_BAIL", "EXPULSION", "HOSPITALISATION", "INCARCERATION", "DECES", "AUTRE"];

    public static IEndpointRouteBuilder MapSiaoEndpoints(this IEndpointRouteBuilder routes, SiaoSimulator sim)
    {
        routes.MapGet("/v1/menages", context => ListAsync(context, sim.Menages));
        routes.MapGet("/v1/demandes", context => ListAsync(context, sim.Demandes));
        routes.MapGet("/v1/orientations", context => ListAsync(context, sim.Orientations));
        routes.MapGet("/v1/mouvements", context => ListAsync(context, sim.Mouvements));
        routes.MapGet("/v1/menages/{idMenage}", context => ReadMenageAsync(context, sim));
        routes.MapGet("/v1/demandes/{idDemande}", context => ReadDemandeAsync(context, sim));
        routes.MapPost("/v1/retours/accompagnements", context => PushAccompanimentAsync(context, sim));
        routes.MapPost("/v1/retours/logements", context => PushHousingAsync(context, sim));
        routes.MapGet("/v1/etat", context => HttpWriter.WriteJsonAsync(context, 200, new SiaoEtat("OK", "1.0.0")));
        return routes;
    }

    internal static async Task ListAsync(HttpContext context, Feed feed)
    {
        if (await RequestReader.ReadPagingAsync(context) is not var (after, limit))
        {
            return;
        }

        await HttpWriter.WritePageAsync(context, feed.Read(after, limit));
    }

    private static Task ReadMenageAsync(HttpContext context, SiaoSimulator sim)
    {
        var id = context.Request.RouteValues["idMenage"]?.ToString() ?? string.Empty;
        if (HouseholdGenerator.TryParseMenageId(id, out var h) && sim.IsKnownHousehold(h) && sim.Menages.Current(h) is { } record)
        {
            return HttpWriter.WriteJsonAsync(context, 200, record);
        }

        return NotFoundAsync(context, "Ménage");
    }

    private static Task ReadDemandeAsync(HttpContext context, SiaoSimulator sim)
    {
        var id = context.Request.RouteValues["idDemande"]?.ToString() ?? string.Empty;
        if (HouseholdGenerator.TryParseDemandeId(id, out var h) && sim.IsKnownHousehold(h) && sim.Demandes.Current(h) is { } record && record.Id == id)
        {
            return HttpWriter.WriteJsonAsync(context, 200, record);
        }

        return NotFoundAsync(context, "Demande");
    }

    private static Task NotFoundAsync(HttpContext context, string what) =>
        HttpWriter.WriteProblemAsync(context, 404, "introuvable", $"{what} introuvable", "Aucun enregistrement avec cet identifiant.", "introuvable");

    private static async Task PushAccompanimentAsync(HttpContext context, SiaoSimulator sim)
    {
        var body = await RequestReader.ReadBodyAsync(context);
        await PushHandler.HandleAsync(context, sim, "POST /v1/retours/accompagnements", body, 200, root =>
        {
            var v = new Validation(root);
            v.String("referenceHub", required: true);
            var idMenage = v.String("idMenage", required: true);
            var idDemande = v.String("idDemande");
            var evenement = v.String("evenement", required: true, allowed: ["DEBUT", "MODIFICATION", "FIN"]);
            v.String("typeAccompagnement", required: true, allowed: AccompanimentTypes);
            var start = v.Date("dateDebut", required: true);
            var end = v.Date("dateFin", required: evenement == "FIN");
            v.String("motifFin", required: evenement == "FIN", allowed: AccompanimentEndReasons);
            CheckStructure(v, required: true);
            if (v.Object("referent") is { } referent)
            {
                v.StringAt(referent, "nom", "referent.nom", required: true);
            }

            v.Timestamp("horodatage", required: true);
            if (!v.Ok)
            {
                return Invalid(v);
            }

            return Accept(sim, "/v1/retours/accompagnements", idMenage!, idDemande, start, end);
        });
    }

    private static async Task PushHousingAsync(HttpContext context, SiaoSimulator sim)
    {
        var body = await RequestReader.ReadBodyAsync(context);
        await PushHandler.HandleAsync(context, sim, "POST /v1/retours/logements", body, 200, root =>
        {
            var v = new Validation(root);
            v.String("referenceHub", required: true);
            var idMenage = v.String("idMenage", required: true);
            var idDemande = v.String("idDemande");
            v.String("idOrientation");
            var evenement = v.String("evenement", required: true, allowed: ["ENTREE", "SORTIE"]);
            var entry = v.Date("dateEntree", required: true);
            var exit = v.Date("dateSortie", required: evenement == "SORTIE");
            v.String("motifSortie", required: evenement == "SORTIE", allowed: HousingExitReasons);
            v.String("typeBailleur", required: true, allowed: ["PRIVE", "SOCIAL", "INTERMEDIATION"]);
            if (v.Object("logement", required: true) is { } logement)
            {
                v.StringAt(logement, "codeCommune", "logement.codeCommune", required: true, pattern: Validation.CommuneCode());
                v.StringAt(logement, "codePostal", "logement.codePostal", pattern: Validation.PostalCode());
                v.StringAt(logement, "typologie", "logement.typologie", allowed: ["T1", "T2", "T3", "T4", "T5_PLUS"]);
            }

            v.Timestamp("horodatage", required: true);
            if (!v.Ok)
            {
                return Invalid(v);
            }

            return Accept(sim, "/v1/retours/logements", idMenage!, idDemande, entry, exit);
        });
    }

    private static void CheckStructure(Validation v, bool required)
    {
        if (v.Object("structure", required) is { } structure)
        {
            v.StringAt(structure, "idStructure", "structure.idStructure", required: true);
            v.StringAt(structure, "nom", "structure.nom", required: true);
        }
    }

    private static PushOutcome Invalid(Validation v) =>
        PushOutcome.Rejected(400, "requete-invalide", "Requête invalide", "Le message ne respecte pas le contrat.", "requete-invalide", [.. v.Errors]);

    private static PushOutcome Accept(SiaoSimulator sim, string path, string idMenage, string? idDemande, DateOnly? start, DateOnly? end)
    {
        if (!HouseholdGenerator.TryParseMenageId(idMenage, out var h) || !sim.IsKnownHousehold(h))
        {
            return PushOutcome.Rejected(422, "menage-inconnu", "Ménage inconnu", $"Aucun ménage {idMenage} dans le SI-SIAO 68.", "menage-inconnu", new FieldError("idMenage", "inconnu"));
        }

        if (idDemande is not null && (sim.Demandes.Current(h) is not { } demande || demande.Id != idDemande))
        {
            return PushOutcome.Rejected(422, "demande-inconnue", "Demande inconnue", $"La demande {idDemande} n'appartient pas au ménage {idMenage}.", "demande-inconnue", new FieldError("idDemande", "inconnue"));
        }

        if (start is { } s && end is { } e && e < s)
        {
            return PushOutcome.Rejected(422, "dates-incoherentes", "Dates incohérentes", "La date de fin précède la date de début.", "dates-incoherentes", new FieldError("dateFin", "antérieure au début"));
        }

        var now = ParisTime.ToParis(sim.Options.TimeProvider.GetUtcNow());
        var id = sim.NextAcknowledgement(now);
        return PushOutcome.Accepted(201, new SiaoAccuseReception(id, now), id, $"{path}/{id}");
    }
}
