using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.Referral;

/// <summary>
/// <c>POST /v1/saisines</c> of schemas/external/caf-cpam/referral-openapi.yaml, as the CAF or the CPAM implement it:
/// HMAC check on the raw body (±300 s), idempotency on Idempotency-Key, 202 with the saisine id, kept in Received.
/// </summary>
internal static class ReferralEndpoints
{
    private static readonly string[] AllRights = ["RSA", "PRIME_ACTIVITE", "AAH", "ASF", "AIDE_LOGEMENT", "QF", "PUMA", "C2S"];
    private static readonly string[] Pieces =
        ["PIECE_IDENTITE", "TITRE_SEJOUR", "ACTE_NAISSANCE", "LIVRET_FAMILLE", "RIB", "AVIS_IMPOSITION", "JUSTIFICATIFS_RESSOURCES", "ATTESTATION_DOMICILIATION", "BAIL", "ATTESTATION_LOYER", "JUGEMENT_GARDE_PENSION", "DECISION_MDPH", "AUTRE"];

    public static IEndpointRouteBuilder MapReferral(this IEndpointRouteBuilder routes, ReferralReceiver receiver)
    {
        routes.MapPost("/v1/saisines", context => ReceiveAsync(context, receiver));
        return routes;
    }

    /// <summary>Signs and posts a status change to the hub (<c>POST /api/inbound/caf|cpam</c>), as the organisation would.</summary>
    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, Uri inboundUrl, string keyId, string secret, string statusJson, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(statusJson);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, inboundUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Key-Id", keyId);
        request.Headers.Add("X-Signature", ReferralSignature.Sign(secret, timestamp, body));
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request, cancellationToken);
    }

    private static async Task ReceiveAsync(HttpContext context, ReferralReceiver receiver)
    {
        var body = await RequestReader.ReadBodyAsync(context);
        if (await CheckSignatureAsync(context, receiver, body))
        {
            await PushHandler.HandleAsync(context, receiver.Host, "POST /v1/saisines", body, 202, root => Decide(receiver, root));
        }
    }

    private static async Task<bool> CheckSignatureAsync(HttpContext context, ReferralReceiver receiver, byte[] body)
    {
        var headers = context.Request.Headers;
        var keyId = headers["X-Key-Id"].ToString();
        var timestampText = headers["X-Timestamp"].ToString();
        var signature = headers["X-Signature"].ToString();
        if (signature.Length == 0 || timestampText.Length != 10 || !long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            await Refuse(context, "signature-invalide", "Signature absente ou invalide");
            return false;
        }

        // Same order as docs/connectors/caf.md: clock window, then key, then HMAC.
        var now = receiver.Host.Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - timestamp) > receiver.Host.Options.ReferralClockSkew.TotalSeconds)
        {
            await Refuse(context, "horodatage-hors-fenetre", "Horodatage hors de la fenêtre autorisée");
            return false;
        }

        if (!receiver.Keys.TryGetValue(keyId, out var secret))
        {
            await Refuse(context, "cle-inconnue", "Clé de signature inconnue");
            return false;
        }

        if (!ReferralSignature.Verify(secret, timestamp, body, signature))
        {
            await Refuse(context, "signature-invalide", "Signature absente ou invalide");
            return false;
        }

        return true;
    }

    private static Task Refuse(HttpContext context, string code, string title) =>
        HttpWriter.WriteProblemAsync(context, 401, code, title, "Vérifier l'horloge et le secret partagé.", code);

    private static PushOutcome Decide(ReferralReceiver receiver, JsonElement root)
    {
        var v = new Validation(root);
        v.String("referenceHub", required: true);
        var organisme = v.String("organismeDestinataire", required: true, allowed: ["CAF", "CPAM"]);
        string? referentId = null;
        if (v.Object("referentDestinataire", required: true) is { } referent)
        {
            v.StringAt(referent, "nom", "referentDestinataire.nom", required: true);
            referentId = v.StringAt(referent, "idReferent", "referentDestinataire.idReferent");
        }

        if (v.Object("personne", required: true) is { } person)
        {
            v.StringAt(person, "nomNaissance", "personne.nomNaissance", required: true);
            if (!person.TryGetProperty("prenoms", out var names) || names.ValueKind != JsonValueKind.Array || names.GetArrayLength() is < 1 or > 6)
            {
                v.Fail("personne.prenoms", "1 à 6 prénoms");
            }

            v.StringAt(person, "dateNaissance", "personne.dateNaissance", required: true, pattern: Validation.PartialDate());
            v.StringAt(person, "sexe", "personne.sexe", required: true, allowed: ["F", "M"]);
            v.StringAt(person, "statutIdentite", "personne.statutIdentite", required: true, allowed: ["PROV", "VALI", "RECUP", "QUAL"]);
            v.StringAt(person, "nir", "personne.nir", pattern: Validation.NirPattern());
            v.StringAt(person, "numeroAllocataire", "personne.numeroAllocataire", pattern: Validation.Allocataire());
            if (v.ObjectAt(person, "lieuNaissance", "personne.lieuNaissance", required: true) is { } place)
            {
                v.StringAt(place, "codePays", "personne.lieuNaissance.codePays", required: true, pattern: Validation.CountryCode());
                v.StringAt(place, "codeCommune", "personne.lieuNaissance.codeCommune", pattern: Validation.CommuneCode());
            }

            if (v.ObjectAt(person, "adresse", "personne.adresse") is { } address)
            {
                v.StringAt(address, "codePostal", "personne.adresse.codePostal", required: true, pattern: Validation.PostalCode());
                v.StringAt(address, "codeCommune", "personne.adresse.codeCommune", required: true, pattern: Validation.CommuneCode());
            }
        }

        var rights = v.Array("droitsDemandes", required: true, minItems: 1) ?? [];
        var rightNames = rights.Select(r => r.ValueKind == JsonValueKind.String ? r.GetString()! : string.Empty).ToList();
        if (rightNames.Any(r => !AllRights.Contains(r, StringComparer.Ordinal)))
        {
            v.Fail("droitsDemandes", "valeur inconnue");
        }

        if (rightNames.Distinct(StringComparer.Ordinal).Count() != rightNames.Count)
        {
            v.Fail("droitsDemandes", "valeurs en double");
        }

        if (v.Object("referentDemandeur", required: true) is { } requester)
        {
            v.StringAt(requester, "nom", "referentDemandeur.nom", required: true);
            v.StringAt(requester, "prenom", "referentDemandeur.prenom", required: true);
            v.StringAt(requester, "courriel", "referentDemandeur.courriel", required: true);
            if (v.ObjectAt(requester, "structure", "referentDemandeur.structure", required: true) is { } structure)
            {
                v.StringAt(structure, "nom", "referentDemandeur.structure.nom", required: true);
            }
        }

        foreach (var piece in v.Array("piecesManquantes") ?? [])
        {
            if (piece.ValueKind != JsonValueKind.String || !Pieces.Contains(piece.GetString(), StringComparer.Ordinal))
            {
                v.Fail("piecesManquantes", "valeur inconnue");
            }
        }

        if (v.Object("urgence", required: true) is { } urgency)
        {
            v.StringAt(urgency, "niveau", "urgence.niveau", required: true, allowed: ["NORMALE", "PRIORITAIRE", "URGENTE"]);
        }

        if (v.Object("consentement", required: true) is { } consent)
        {
            if (!consent.TryGetProperty("recueilli", out var collected) || collected.ValueKind != JsonValueKind.True)
            {
                v.Fail("consentement.recueilli", "consentement recueilli obligatoire");
            }

            v.DateAt(consent, "date", "consentement.date", required: true);
        }

        v.Timestamp("emiseLe", required: true);
        if (organisme is not null && organisme != receiver.Organisme)
        {
            v.Fail("organismeDestinataire", $"ce récepteur est celui de la {receiver.Organisme}");
        }

        if (!v.Ok)
        {
            return PushOutcome.Rejected(400, "requete-invalide", "Requête invalide", "La saisine ne respecte pas le contrat.", "requete-invalide", [.. v.Errors]);
        }

        var outside = rightNames.Select((r, i) => (r, i)).Where(x => !receiver.Rights.Contains(x.r, StringComparer.Ordinal)).ToList();
        if (outside.Count > 0)
        {
            return PushOutcome.Rejected(422, "droit-hors-perimetre", "Droit hors du périmètre de l'organisme", null, "droit-hors-perimetre",
                [.. outside.Select(x => new FieldError($"droitsDemandes[{x.i}]", $"{x.r} n'est pas instruit par la {receiver.Organisme}"))]);
        }

        if (referentId is not null && !receiver.Referents.Contains(referentId, StringComparer.Ordinal))
        {
            return PushOutcome.Rejected(422, "referent-inconnu", "Référent destinataire inconnu", null, "referent-inconnu", new FieldError("referentDestinataire.idReferent", "inconnu"));
        }

        var now = ParisTime.ToParis(receiver.Host.Options.TimeProvider.GetUtcNow());
        var id = receiver.NextId(now);
        return PushOutcome.Accepted(202, new AccuseSaisine(id, "recue", now), id);
    }
}
