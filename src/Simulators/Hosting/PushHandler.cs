using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hub.Simulators.Hosting;

/// <summary>Outcome of a push once its body is read: an error to return, or an acknowledgement to store and return.</summary>
internal sealed record PushOutcome(int Status, object Body, string? AssignedId = null, string? Location = null, Problem? Error = null)
{
    public static PushOutcome Accepted(int status, object body, string assignedId, string? location = null) => new(status, body, assignedId, location);

    public static PushOutcome Rejected(int status, string type, string title, string? detail = null, string? code = null, params FieldError[] errors) =>
        new(status, string.Empty, Error: new Problem($"urn:lda-hub:probleme:{type}", title, status, detail, null, code ?? type, errors.Length == 0 ? null : errors));
}

/// <summary>Idempotent push endpoints (retours SI-SIAO, entrants SOLIS, saisines CAF/CPAM) that keep what they receive.</summary>
internal static class PushHandler
{
    public static async Task HandleAsync(
        HttpContext context,
        SimulatorHost host,
        string endpoint,
        byte[] body,
        int replayStatus,
        Func<JsonElement, PushOutcome> decide)
    {
        var keyText = context.Request.Headers["Idempotency-Key"].ToString();
        if (!Guid.TryParse(keyText, out _))
        {
            await HttpWriter.WriteProblemAsync(context, 400, "requete-invalide", "Requête invalide",
                "L'en-tête Idempotency-Key (UUID) est obligatoire.", "requete-invalide", [new FieldError("Idempotency-Key", keyText.Length == 0 ? "absent" : "UUID attendu")]);
            return;
        }

        var key = keyText.ToLowerInvariant();
        var hash = IdempotencyStore.Hash(endpoint, body);
        if (host.Idempotency.Find(key) is { } stored)
        {
            if (stored.BodyHash != hash)
            {
                await HttpWriter.WriteProblemAsync(context, 409, "cle-reutilisee", "Clé d'idempotence réutilisée avec un autre contenu",
                    "Cette Idempotency-Key a déjà servi pour un autre message.", "cle-reutilisee");
                return;
            }

            host.Received.CountReplay();
            context.Response.Headers["Idempotent-Replayed"] = "true";
            if (stored.Location is not null)
            {
                context.Response.Headers.Location = stored.Location;
            }

            await HttpWriter.WriteBytesAsync(context, replayStatus, stored.Response);
            return;
        }

        if (!host.Idempotency.TryBegin(key))
        {
            HttpWriter.SetRetryAfter(context, 1);
            await HttpWriter.WriteProblemAsync(context, 409, "traitement-en-cours", "Envoi déjà en cours de traitement",
                "Un envoi avec cette Idempotency-Key est en cours.", "traitement-en-cours");
            return;
        }

        try
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                host.Idempotency.Abandon(key);
                await HttpWriter.WriteProblemAsync(context, 400, "requete-invalide", "Requête invalide", "Le corps n'est pas un JSON valide.", "requete-invalide");
                return;
            }

            using (document)
            {
                var outcome = document.RootElement.ValueKind == JsonValueKind.Object
                    ? decide(document.RootElement)
                    : PushOutcome.Rejected(400, "requete-invalide", "Requête invalide", "Un objet JSON est attendu.");
                if (outcome.Error is { } error)
                {
                    host.Idempotency.Abandon(key);
                    await HttpWriter.WriteJsonAsync(context, error.Status, error with { Instance = context.TraceIdentifier }, HttpWriter.ProblemJson);
                    return;
                }

                var response = Json.Serialize(outcome.Body);
                host.Received.Add(endpoint, key, outcome.AssignedId ?? string.Empty, host.Options.TimeProvider.GetUtcNow(), Encoding.UTF8.GetString(body));
                host.Idempotency.Complete(key, new StoredResponse(hash, outcome.Status, response, outcome.Location));
                if (outcome.Location is not null)
                {
                    context.Response.Headers.Location = outcome.Location;
                }

                await HttpWriter.WriteBytesAsync(context, outcome.Status, response);
            }
        }
        catch
        {
            host.Idempotency.Abandon(key);
            throw;
        }
    }
}
