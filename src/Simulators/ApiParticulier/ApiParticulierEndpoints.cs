using System.Globalization;
using System.Text;
using Hub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.ApiParticulier;

/// <summary>
/// API Particulier v3 "identité" routes (<c>GET /v3/dss/{api}/identite</c>): Bearer token, <c>recipient</c>, identity
/// traits as query parameters. A request that triggers a sandbox case gets that case's exact status and payload; any
/// other identity is looked up in the synthetic population.
/// </summary>
internal static class ApiParticulierEndpoints
{
    public static IEndpointRouteBuilder MapApiParticulier(this IEndpointRouteBuilder routes, SimulatorHost host, IReadOnlyList<string> endpoints, IdentityIndex index)
    {
        foreach (var endpoint in endpoints)
        {
            routes.MapGet($"/v3/dss/{endpoint}/identite", context => AnswerAsync(context, host, endpoint, index));
        }

        return routes;
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string code, string title, string detail, string? parameter = null, string? provider = null)
    {
        var source = parameter is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["parameter"] = parameter };
        var meta = provider is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal) { ["provider"] = provider };
        return HttpWriter.WriteJsonAsync(context, status, new ApiParticulierErrors([new ApiParticulierError(code, title, detail, source, meta)]));
    }

    /// <summary>Error bodies of faults and rate limits, with the codes of the API Particulier OpenAPI where it has one.</summary>
    public static Task WriteFaultAsync(HttpContext context, int status) => status switch
    {
        401 => WriteErrorAsync(context, 401, "00101", "Interdit", "Votre token n'est pas valide ou n'est pas renseigné", "token"),
        429 => WriteErrorAsync(context, 429, "00429", "Trop de requêtes", "Vous avez effectué trop de requêtes"),
        503 => WriteErrorAsync(context, 503, "37001", "Service non disponible", "Service du fournisseur de données temporairement indisponible ou en maintenance.", provider: "CNAV"),
        // 500 and 410 have no example in the OpenAPI: the closest documented body (unknown provider error) is used.
        _ => WriteErrorAsync(context, status, "37999", "Erreur inconnue du fournisseur de données",
            "La réponse retournée par le fournisseur de données est invalide et inconnue de notre service. L'équipe technique a été notifiée de cette erreur pour investigation.", provider: "CNAV"),
    };

    private static async Task AnswerAsync(HttpContext context, SimulatorHost host, string endpoint, IdentityIndex index)
    {
        var query = context.Request.Query;
        if (string.IsNullOrEmpty(query["recipient"]))
        {
            await WriteErrorAsync(context, 422, "00203", "Entité non traitable", "Le paramètre recipient est obligatoire", "recipient");
            return;
        }

        var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            var name = key.EndsWith("[]", StringComparison.Ordinal) ? key[..^2] : key;
            parameters[name] = parameters.TryGetValue(name, out var existing)
                ? [.. existing, .. values.Select(v => v ?? string.Empty)]
                : values.Select(v => v ?? string.Empty).ToList();
        }

        if (SandboxCases.Match(endpoint, parameters) is { } replay)
        {
            await HttpWriter.WriteBytesAsync(context, replay.Status, Encoding.UTF8.GetBytes(replay.Payload));
            return;
        }

        string? First(string name) => parameters.TryGetValue(name, out var v) && v.Count > 0 && v[0].Length > 0 ? v[0] : null;
        int? Number(string name) => int.TryParse(First(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        var sex = First("sexeEtatCivil");
        if (First("nomNaissance") is null || First("prenoms") is null || sex is not ("M" or "F") || First("codeCogInseePaysNaissance") is not { Length: 5 })
        {
            await WriteErrorAsync(context, 422, "00366", "Entité non traitable", "Un ou plusieurs paramètres de civilité ne sont pas correctement formatés");
            return;
        }

        var person = index.Find(First("nomNaissance"), First("prenoms"), Number("anneeDateNaissance"), Number("moisDateNaissance"), Number("jourDateNaissance"), sex);
        var answer = person is null ? null : ApiParticulierAnswers.For(endpoint, person, host.Generator, Number("annee"), Number("mois"));
        if (answer is null)
        {
            // The sandbox's own "not found" payload of this endpoint.
            var notFound = SandboxCases.For(endpoint).FirstOrDefault(c => c.Status == 404);
            await HttpWriter.WriteBytesAsync(context, 404, Encoding.UTF8.GetBytes(notFound?.Payload ?? "{\"errors\":[]}"));
            return;
        }

        await HttpWriter.WriteJsonAsync(context, 200, answer);
    }
}
